# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # GNR 638 Assignment 2
# Meghna Bose, 22M2151 (M.Tech GNR)
#
# I kept the whole assignment in one paired notebook (jupytext percent format), so the answers to
# Q2 and Q3 are in the markdown cells below and Q1 is computed by the code.

# %%
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 1/2 * sum((t - o)**2) for o = s(W2 s(W1 x + b1) + b2).

    Returns (dW1, db1, dW2, db2).
    """
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    g_o = o - t                     # dE/do
    g_z2 = g_o * o * (1 - o)        # dE/dz2
    dW2 = g_z2[:, None] * h[None, :]
    db2 = g_z2.copy()

    g_h = W2.T @ g_z2               # dE/dh
    g_z1 = g_h * h * (1 - h)
    dW1 = g_z1[:, None] * x[None, :]
    db1 = g_z1.copy()
    return dW1, db1, dW2, db2


# %% [markdown]
# ## Q1 (a), (b)
# W1 = [[w11, w13], [w12, w14]], W2 = [[w21, w23], [w22, w24]], so w11 is dW1[0, 0] and w21 is dW2[0, 0].

# %%
W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dE/dw11 =", round(dW1[0, 0], 7))
print("dE/dw21 =", round(dW2[0, 0], 7))
# dE/dw11 = 0.0044318
# dE/dw21 = 0.0371787

# %%
# finite-difference check on w11 and w21
def loss(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)

eps = 1e-6
for name, M, idx, g in (("w11", W1, (0, 0), dW1), ("w21", W2, (0, 0), dW2)):
    Mp = M.copy(); Mp[idx] += eps
    Mm = M.copy(); Mm[idx] -= eps
    args_p = (Mp, b1, W2, b2, x, t) if name == "w11" else (W1, b1, Mp, b2, x, t)
    args_m = (Mm, b1, W2, b2, x, t) if name == "w11" else (W1, b1, Mm, b2, x, t)
    num = (loss(*args_p) - loss(*args_m)) / (2 * eps)
    print(name, "numerical", num, "backprop", g[idx])
# w11 numerical 0.00443181465137 backprop 0.004431814656811997
# w21 numerical 0.03717874180742 backprop 0.03717874177605889

# %% [markdown]
# **Answers Q1:** dE/dw11 = 0.0044318 and dE/dw21 = 0.0371787 (both positive: increasing either weight
# pushes o further above the target 0.5).

# %% [markdown]
# ## Q2
# No padding, stride 1: 12 - 5 + 1 = 8, so the output is 8x8 per channel.
#
# (a) standard: 256 filters of 5x5x3 at 64 positions -> 64 * 256 * 75 = **1228800** multiplications
#
# (b) depthwise (64 * 3 * 25 = 4800) + pointwise (64 * 256 * 3 = 49152) = **53952** multiplications

# %% [markdown]
# ## Q3
# Poisson likelihood p(y|x) = exp(-lam) lam^y / y!. Let the network output s = log(lam) (so lam = exp(s) > 0).
# Negative log-likelihood without the constant log(y!):
#
#     loss(s, y) = exp(s) - y * s
#
# This is exactly torch.nn.PoissonNLLLoss with log_input=True (averaged over the batch).
