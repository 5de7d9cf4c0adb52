#!/usr/bin/env python
# coding: utf-8

# # DL Assignment 3
# **Kwame Asante-Boateng**, group B
# 
# I did everything in this notebook; for Q6 the file `softmax_impl.py` is the notebook exported with *File → Download as → Python (.py)*.


# In[1]:


import numpy as np
np.set_printoptions(precision=4, suppress=True)


# ## Question 1
# 
# General formula for one spatial side: $n_{out} = \lfloor (n + 2p - k)/s \rfloor + 1$. I wrote a small helper and use it for the conv and for the pool.


# In[2]:


def conv_out(n, k, s=1, p=0):
    return (n + 2*p - k) // s + 1

h_conv = conv_out(28, 3, s=1)
h_pool = conv_out(h_conv, 2, s=2)
print('after conv:', h_conv, ' after pool:', h_pool)


# **(a)** after the conv the side is 26, after the 2×2/2 pool it is 13, depth = number of filters = 64.
# 
# $\Rightarrow$ output shape **(13, 13, 64)**


# In[3]:


k, c_in, n_filters = 3, 3, 64
weights = k * k * c_in * n_filters
biases = n_filters
weights, biases, weights + biases


# **(b)** 1728 weights + 64 biases = **1792** learnable parameters.


# ## Question 2
# 
# $y = Wx \Rightarrow \frac{\partial L}{\partial W} = \delta x^T$, then $W \leftarrow W - \eta \frac{\partial L}{\partial W}$.


# In[4]:


W = np.array([[0.2, -0.1, 0.4],
              [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
eta = 0.1

dW = np.outer(delta, x)
W_new = W - eta * dW
print(dW)
print(W_new)


# So
# $$W_{new} = \begin{bmatrix} 0.15 & -0.2 & 0.45 \\ 0.1 & 0.5 & -0.3 \end{bmatrix}$$


# ## Question 3
# 
# $L = -\log p_c = -z_c + \log\sum_j e^{z_j}$
# 
# $\frac{\partial L}{\partial z_k} = -\mathbb{1}[k=c] + \frac{e^{z_k}}{\sum_j e^{z_j}} = p_k - y_k$
# 
# Quick numerical check with finite differences below.


# In[5]:


z = np.array([0.3, -1.2, 2.0, 0.5]); c = 2
def L(z):
    return -(z[c] - np.log(np.exp(z).sum()))
p = np.exp(z) / np.exp(z).sum(); y = np.eye(4)[c]
num = np.array([(L(z + 1e-6*np.eye(4)[i]) - L(z - 1e-6*np.eye(4)[i])) / 2e-6 for i in range(4)])
print(num)
print(p - y)


# Matches, so $\partial L / \partial z_k = p_k - y_k$.


# ## Question 4
# 
# No. In inference mode batch norm uses the running mean and running variance that were accumulated (exponential moving average) during training, so the test batch statistics are not used. This makes the output deterministic and independent of the batch size.


# ## Question 5


# In[6]:


C = np.array([[50, 12, 8],
              [10, 45, 15],
              [ 9, 21, 50]])
acc = np.trace(C) / C.sum()
print(C.sum(), np.trace(C), acc)


# Top-1 accuracy = 145/220 ≈ **0.6591** (65.91 %).


# ## Question 6


# In[7]:


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(shifted)
    return ez / np.sum(ez, axis=-1, keepdims=True)


# In[8]:


print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
print(stable_softmax(np.random.randn(2, 3, 4)).sum(axis=-1))
