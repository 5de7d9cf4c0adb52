#!/usr/bin/env python
# coding: utf-8

# # Q6 stable softmax

# In[1]:


import numpy as np
import matplotlib.pyplot as plt
get_ipython().run_line_magic('matplotlib', 'inline')


# In[2]:


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


# In[3]:


stable_softmax([1, 2, 3])


# In[4]:


stable_softmax([1000, 1001])


# In[5]:


plt.bar(range(3), stable_softmax([1, 2, 3]))
plt.title("softmax of [1,2,3]")

