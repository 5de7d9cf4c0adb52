#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[14]:


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z - z_max)
    return ez / np.sum(ez, axis=-1, keepdims=True)


# In[15]:


def check(z):
    s = stable_softmax(z)
    return s.shape == np.shape(z) and np.allclose(s.sum(axis=-1), 1.0)


# In[16]:


print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
print(check(np.random.randn(2, 3, 4)))
