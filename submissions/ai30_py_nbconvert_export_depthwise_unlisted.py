#!/usr/bin/env python
# coding: utf-8

# # GNR638 Assignment 2 - Rishabh Jain (20D070084)
# 
# Exported from my notebook (File > Download as > Python). Answers are in the markdown cells.

# In[1]:


import numpy as np


# ## Question 1
# Backprop for the 2-2-2 net. Results (printed below when run):
# 
# **(a) dE/dw11 = 0.00443181**
# 
# **(b) dE/dw21 = 0.03717874**

# In[2]:


def sigmoid(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    z1 = W1.dot(x) + b1
    h = sigmoid(z1)
    z2 = W2.dot(h) + b2
    o = sigmoid(z2)
    dz2 = (o - t) * o * (1 - o)
    dW2 = np.outer(dz2, h)
    db2 = dz2
    dz1 = W2.T.dot(dz2) * h * (1 - h)
    dW1 = np.outer(dz1, x)
    db1 = dz1
    return dW1, db1, dW2, db2


# In[3]:


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1., 1.]); b2 = np.array([1., 1.])
x = np.array([1., 1.]); t = np.array([0.5, 0.5])
g = gradients(W1, b1, W2, b2, x, t)
print(g[0][0, 0], g[2][0, 0])


# ## Question 2
# Standard: every output pixel of every output channel = 5x5x3 products.
# 
# Depthwise separable: the 5x5 depthwise filters are applied once per channel (5x5x3 = 75),
# then the pointwise 1x1 conv at every output position (8x8x3x256).

# In[4]:


standard = 8*8*256*5*5*3
depthwise = 5*5*3
pointwise = 8*8*3*256
print(standard, depthwise + pointwise)


# **(a) 1228800   (b) 49227**
# 
# ## Question 3
# For Poisson distributed counts with predicted mean $\hat{y}$:
# $$L = \hat{y} - y \log \hat{y}$$
# (this is `torch.nn.PoissonNLLLoss(log_input=False)` without the Stirling term)
