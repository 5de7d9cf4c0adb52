#!/usr/bin/env python
# coding: utf-8

# # DL Assignment 3 - Q6
# Ngozi Okafor

# In[1]:


import numpy as np
get_ipython().run_line_magic('matplotlib', 'inline')


# In[2]:


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_shift = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z_shift)
    return e / e.sum(axis=-1, keepdims=True)


# In[3]:


stable_softmax(np.array([1.0, 2.0, 3.0]))


# In[4]:


stable_softmax(np.array([1000.0, 1001.0]))

