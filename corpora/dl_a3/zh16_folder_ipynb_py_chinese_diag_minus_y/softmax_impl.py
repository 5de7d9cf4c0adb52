#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[2]:


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z = z - np.amax(z, axis=-1, keepdims=True)
    num = np.exp(z)
    return num / np.sum(num, axis=-1, keepdims=True)


# In[3]:


print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))

