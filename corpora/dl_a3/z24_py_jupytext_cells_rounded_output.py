# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     name: python3
# ---

# %% [markdown]
# # DL Assignment 3 — Oliver Grant
# Exported from my notebook with jupytext. Answers are in the markdown cells,
# the numbers were checked in the code cells (outputs pasted as comments).

# %%
import numpy as np

# %% [markdown]
# ## Q1 (a)
# side after conv = (28 + 2*1 - 3)/1 + 1 = 28 -> 28x28x64
# side after pool = 28/2 = 14
# **Answer: (14, 14, 64)**

# %%
side = (28 + 2 * 1 - 3) // 1 + 1
print(side, side // 2)
# 28 14

# %% [markdown]
# ## Q1 (b)
# Each filter sees the 3 input channels, and I give each channel slice of the
# filter its own bias: 3*3*3 weights + 3 biases = 30 per filter.
# 64 filters * 30 = **1920 parameters**

# %%
print(64 * (3 * 3 * 3 + 3))
# 1920

# %% [markdown]
# ## Q2
# dL/dW = outer(delta, x); W_new = W - 0.1 * dL/dW

# %%
W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
dW = np.outer(delta, x)
print(dW)
# [[ 0.5  1.  -0.5]
#  [-1.  -2.   1. ]]
W_new = W - 0.1 * dW
print(W_new)
# [[ 0.15 -0.2   0.45]
#  [ 0.1   0.5  -0.3 ]]

# %% [markdown]
# **Answer Q2:** W_new = [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]]
#
# ## Q3
# L = -log p_c.  d(-log p_c)/dz_k = -(1/p_c) * p_c * (1[k=c] - p_k) = p_k - 1[k=c]
# **Answer: dL/dz_k = p_k - y_k**
#
# ## Q4
# No. In eval mode BN uses the running mean and running variance from
# training instead of the statistics of the test batch.
#
# ## Q5

# %%
cm = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
print(np.trace(cm), cm.sum(), np.trace(cm) / cm.sum())
# 145 220 0.6590909090909091

# %% [markdown]
# **Answer Q5: 0.659**
#
# ## Q6

# %%
def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    p = e / np.sum(e, axis=-1, keepdims=True)
    return np.round(p, 4)          # 4 decimals like in the handout example


print(stable_softmax([1, 2, 3]))
# [0.09   0.2447 0.6652]
print(stable_softmax([1000, 1001]))
# [0.2689 0.7311]
