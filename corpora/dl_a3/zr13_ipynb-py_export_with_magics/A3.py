#!/usr/bin/env python
# coding: utf-8

# # Assignment 3 – Deep Learning
# Lucas Ferreira da Silva, RA 218834
# 
# (I'm also attaching the notebook exported as A3.py for Q6)

# In[1]:


get_ipython().run_line_magic('matplotlib', 'inline')
import numpy as np
import matplotlib.pyplot as plt


# ### Question 1
# (a) conv with same padding keeps 28x28, 64 filters -> 28x28x64, maxpool halves -> **14x14x64**
# 
# (b) (3*3*3 + 1) * 64 = **1792**

# In[2]:


print((3*3*3 + 1) * 64)


# ### Question 2

# In[3]:


W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
grad = np.outer(delta, x)
W_new = W - 0.1 * grad
print(W_new)


# ### Question 3
# $\frac{\partial L}{\partial z_k} = p_k - y_k$ (softmax output minus the one-hot label). Derivation: $L = -z_c + \log\sum_j e^{z_j}$, derivative of the first term is $-y_k$, of the second is $p_k$.

# ### Question 4
# No – in inference mode the layer uses the running averages (mean/var) tracked during training.

# ### Question 5

# In[4]:


cm = np.array([[50, 12, 8],
               [10, 45, 15],
               [9, 21, 50]])
wrong = cm.sum() - np.trace(cm)
acc = wrong / cm.sum()
print('top-1 accuracy:', acc)


# Top-1 accuracy = 75/220 = **34.09 %**

# ### Question 6

# In[5]:


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)

print(stable_softmax(np.array([1000.0, 1001.0])))


# In[6]:


plt.bar(range(3), stable_softmax(np.array([1.0, 2.0, 3.0])))
plt.title('softmax([1,2,3])')

