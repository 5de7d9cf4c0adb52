#!/usr/bin/env python
# coding: utf-8

# # Assignment 3 — Deep Learning
# Daniel Kim (Student ID 30291745)

# In[1]:


get_ipython().run_line_magic('matplotlib', 'inline')
import numpy as np


# ### Question 1
# **(a)** Convolution with $P=1, F=3, S=1$: $O = (28 - 3 + 2)/1 + 1 = 28$, depth 64 → $28\times28\times64$.
# Max-pool $2\times2$, stride 2 → $14\times14\times64$.
# 
# **Answer: (14, 14, 64)**
# 
# **(b)** $(3\cdot3\cdot3 + 1)\cdot 64 = 28 \cdot 64 = 1792$ parameters.

# ### Question 2

# In[2]:


W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
grad_W = np.outer(delta, x)
W_new = W - 0.1 * grad_W
print(grad_W)
print(W_new)


# So $W_{new} = \begin{bmatrix} 0.15 & -0.2 & 0.45 \\ 0.1 & 0.5 & -0.3 \end{bmatrix}$

# ### Question 3
# The derivative of the softmax output w.r.t. its own logit is $\frac{\partial p_k}{\partial z_k} = p_k(1-p_k)$.
# For the cross-entropy with the softmax the log cancels the normalisation, so the gradient passed back to $z_k$ is just the softmax derivative:
# 
# $$\frac{\partial L}{\partial z_k} = p_k(1 - p_k)$$

# ### Question 4
# No — in `eval()` mode BatchNorm uses `running_mean` and `running_var`, which are updated during training with momentum 0.1. The test batch statistics are not used.

# ### Question 5

# In[3]:


cm = np.array([[50,12,8],[10,45,15],[9,21,50]])
print(np.trace(cm)/cm.sum())


# Top-1 accuracy = 145/220 ≈ **65.9 %**

# ### Question 6

# In[4]:


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    return e / e.sum(axis=-1, keepdims=True)


# In[5]:


print(stable_softmax(np.array([1.0, 2.0, 3.0])))
print(stable_softmax(np.array([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]])))
