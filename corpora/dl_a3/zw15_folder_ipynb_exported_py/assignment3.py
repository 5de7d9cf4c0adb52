#!/usr/bin/env python
# coding: utf-8

# # Assignment 3 (Deep Learning)
# Name: Oliver Brennan, ID 22110987

# In[1]:


get_ipython().run_line_magic('matplotlib', 'inline')
import numpy as np
import matplotlib.pyplot as plt


# ## Q1
# (a) Conv with same padding keeps 28×28, 64 filters → 28×28×64. Max pool 2×2 stride 2 → **14×14×64**.
# 
# (b) (3·3·3 + 1)·64 = 28·64 = **1792** learnable parameters.

# ## Q2

# In[2]:


W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
dW = np.outer(delta, x)
W_new = W - 0.1*dW
print(W_new)


# W_new = [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]]

# ## Q3
# Using the softmax derivative ∂p_i/∂z_k = p_i(1[i=k] − p_k) and ∂L/∂p_i = −y_i/p_i, summing over i gives
# 
# **∂L/∂z_k = p_k − y_k**

# ## Q4
# No, at test time the layer uses the running mean and running variance estimated during training.

# ## Q5

# In[3]:


cm = np.array([[50,12,8],[10,45,15],[9,21,50]])
correct = np.trace(cm)
wrong = cm.sum() - correct
print(correct, wrong, wrong/cm.sum())


# Top-1 accuracy → 75 of the 220 are off the diagonal, 75/220 = **0.3409**

# ## Q6

# In[4]:


def stable_softmax(z):
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    return e / np.sum(e, axis=-1, keepdims=True)


# In[5]:


stable_softmax(np.array([1000.0, 1001.0]))


# Exported the notebook as a .py file as required (File → Download as → Python).
