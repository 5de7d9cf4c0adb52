#!/usr/bin/env python
# coding: utf-8

# # A3 – Deep Learning
# Youssef Haddad · 202110977

# In[1]:


get_ipython().run_line_magic('matplotlib', 'inline')
import numpy as np


# ## 1.

# In[2]:


h = (28 + 2*1 - 3)//1 + 1     # conv
h_pool = h // 2
print("(a)", (h_pool, h_pool, 64))
print("(b)", 3*3*3*64 + 64)


# ## 2.

# In[3]:


W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]]).T   # keras layout
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
grad = np.outer(x, delta)
W_new = W + 0.1 * grad
W_new


# ## 5.

# In[4]:


cm = np.array([[50,12,8],[10,45,15],[9,21,50]])
acc = np.trace(cm) / cm.sum()
print(f"top-1 accuracy = {acc:.4f} = {100*acc:.2f}%")


# ## 6.

# In[5]:


def stable_softmax(z):
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)

stable_softmax(np.array([[1000., 1001., 1002.], [-1000., -1000., -1000.]]))
