#!/usr/bin/env python
# coding: utf-8

# In[1]:


get_ipython().run_line_magic('load_ext', 'autoreload')
get_ipython().run_line_magic('autoreload', '2')
import numpy as np


# # A3 — Benjamin Okoro
# 
# ### 1
# (a) conv: 28 → 28 (pad 1), pool: 28 → 14. Output (14, 14, 64).
# 
# (b) 3·3·3·64 + 64 = 1792

# ### 2

# In[2]:


W = np.array([[0.2,-0.1,0.4],[0.0,0.3,-0.2]])
x = np.array([1.,2.,-1.]); d = np.array([.5,-1.])
W - 0.1*np.outer(d, x)


# ### 3
# For the correct class c the derivative is p_c − 1, and for every other class k ≠ c it is just p_k (the log-sum-exp term is the only one that depends on z_k).

# ### 4
# No.

# ### 5

# In[3]:


cm = np.array([[50,12,8],[10,45,15],[9,21,50]])
np.trace(cm)/cm.sum()


# = 65.91 %

# ### 6

# In[4]:


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)

stable_softmax([1000, 1001])


# (exported to softmax_impl.py with *File → Download as → Python*)
