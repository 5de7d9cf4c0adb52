#!/usr/bin/env python
# coding: utf-8

# # GNR 638 Assignment 2
# ### Yash Thakur — 22B2290

# ## Q1 (a), (b) by hand
# 
# $h_1 = h_2 = \sigma(2) = 0.8808$
# 
# $o_1 = o_2 = \sigma(1.8808) = 0.8677$
# 
# (a) 0.00443   (b) 0.0372

# In[1]:


import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    g2 = (o - t) * o * (1 - o)
    g1 = (W2.T @ g2) * h * (1 - h)
    return np.outer(g1, x), g1, np.outer(g2, h), g2


# In[2]:


W1 = np.full((2, 2), 0.5)
W2 = np.full((2, 2), 0.5)
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])
dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print(dW1, db1, dW2, db2, sep="\n")


# ## Q2
# (a) 1,228,800   (b) 53,952

# ## Q3
# Loss = mean of (yhat - y log yhat)
