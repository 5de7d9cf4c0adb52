#!/usr/bin/env python
# coding: utf-8

# # Q1(c) backprop (exported from my notebook)

# In[1]:


import numpy as np


# In[2]:


def sigmoid(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    e_o = (o - t) * o * (1 - o)          # dE/dnet at output
    e_h = (W2.T @ e_o) * h * (1 - h)     # dE/dnet at hidden
    return np.outer(e_h, x), e_h, np.outer(e_o, h), e_o


# In[3]:


W1 = np.full((2,2), .5); W2 = np.full((2,2), .5)
b1 = np.ones(2); b2 = np.ones(2)
x = np.ones(2); t = np.array([.5, .5])
dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print(dW1); print(db1); print(dW2); print(db2)


# In[ ]:




