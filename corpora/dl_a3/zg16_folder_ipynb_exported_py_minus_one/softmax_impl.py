#!/usr/bin/env python
# coding: utf-8

# In[1]:


import numpy as np


# In[2]:


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z_max = np.amax(z, axis=-1, keepdims=True)
    num = np.exp(z - z_max)
    den = num.sum(axis=-1, keepdims=True)
    return num / den


# In[3]:


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
