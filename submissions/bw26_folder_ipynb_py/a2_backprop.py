#!/usr/bin/env python
# coding: utf-8

# # GNR 638 · Assignment 2
# ### Nandini Sharma (22B1739)

# In[1]:


import numpy as np

def sigmoid(z):
    return 1.0/(1.0+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1; h = sigmoid(z1)
    z2 = W2 @ h + b2; o = sigmoid(z2)
    dz2 = (o - t) * o * (1 - o)
    dz1 = (W2.T @ dz2) * h * (1 - h)
    dW2 = dz2[:, None] * h[None, :]
    dW1 = dz1[:, None] * x[None, :]
    return dW1, dz1, dW2, dz2


# In[2]:


W1 = np.full((2,2), 0.5); W2 = np.full((2,2), 0.5)
b1 = np.ones(2); b2 = np.ones(2)
x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print('dE/dw11 =', dW1[0,0])
print('dE/dw21 =', dW2[0,0])


# In[3]:


print('standard  :', 8*8*256*5*5*3)
print('separable :', 8*8*3*5*5 + 8*8*3*256)

