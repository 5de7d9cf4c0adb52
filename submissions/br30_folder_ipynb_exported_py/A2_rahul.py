#!/usr/bin/env python
# coding: utf-8

# # GNR 638 — Assignment 2
# Rahul Verma, 21D180033

# ## Q1 Backpropagation

# In[1]:


import numpy as np


# In[2]:


def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    do = (o - t) * o * (1 - o)
    dh = (W2.T @ do) * h * (1 - h)
    return np.outer(dh, x), dh, np.outer(do, h), do


# In[3]:


W1 = np.full((2, 2), 0.5)
W2 = np.full((2, 2), 0.5)
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])
dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dE/dw11 =", dW1[0, 0])
print("dE/dw21 =", dW2[0, 0])


# In[4]:


# numerical check
def loss(W1, b1, W2, b2):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)

eps = 1e-6
Wp = W1.copy(); Wp[0, 0] += eps
Wm = W1.copy(); Wm[0, 0] -= eps
print("numerical dE/dw11 =", (loss(Wp, b1, W2, b2) - loss(Wm, b1, W2, b2)) / (2 * eps))


# ## Q2 Convolution multiplications

# In[5]:


H_in, W_in, C_in = 12, 12, 3
H_out, W_out, C_out = 8, 8, 256
k = 5
standard = H_in * W_in * C_out * k * k * C_in
depthwise = H_out * W_out * C_in * k * k
pointwise = H_out * W_out * C_in * C_out
print("standard:", standard)
print("depthwise separable:", depthwise, "+", pointwise, "=", depthwise + pointwise)


# ## Q3 Poisson loss
# 
# $-\log p(y\mid\lambda) = \lambda - y\log\lambda + \log y!$, so the loss is $\mathcal{L} = \frac1N\sum_i (\lambda_i - y_i\log\lambda_i)$.
