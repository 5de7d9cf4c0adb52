# GNR638 Assignment 2
# Roll no: (in file name)
#
# I did the whole assignment as a python script, answers are in the comments
# and in what the script prints.

import numpy as np
import math


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# ---------------------------------------------------------------------------
# Q1 (c)  backprop
# ---------------------------------------------------------------------------
def gradients(W1, b1, W2, b2, x, t):
    # layer 1
    s1 = W1 @ x + b1
    h = sigmoid(s1)
    # layer 2
    s2 = W2 @ h + b2
    o = sigmoid(s2)
    # E = 1/2 ||t - o||^2  ->  dE/do = o - t
    dE_ds2 = (o - t) * o * (1 - o)
    dW2 = np.outer(dE_ds2, h)
    db2 = dE_ds2
    dE_dh = W2.T @ dE_ds2
    dE_ds1 = dE_dh * h * (1 - h)
    dW1 = np.outer(dE_ds1, x)
    db1 = dE_ds1
    return dW1, db1, dW2, db2


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)

# Q1 (a): dE/dw11 = 0.0044318
print("Q1(a)  dE/dw11 = %.7f" % dW1[0, 0])
# Q1 (b): dE/dw21 = 0.0371787
print("Q1(b)  dE/dw21 = %.7f" % dW2[0, 0])

# ---------------------------------------------------------------------------
# Q2
# ---------------------------------------------------------------------------
out_pixels = 8 * 8
std = out_pixels * 256 * 5 * 5 * 3
print("Q2(a)  standard:", f"{std:,}")            # 1,228,800
dw = out_pixels * 3 * 5 * 5
pw = out_pixels * 256 * 3
print("Q2(b)  depthwise separable:", f"{dw:,} + {pw:,} = {dw + pw:,}")   # 4,800 + 49,152 = 53,952

# ---------------------------------------------------------------------------
# Q3  (written answer)
# ---------------------------------------------------------------------------
# y|x ~ Poisson(lam), lam = model output (>0, e.g. exp of a linear layer)
# likelihood  p(y|x) = lam^y exp(-lam) / y!
# loss = -log p(y|x) = -(y*log(lam) - lam) + log(y!)
# and log(y!) is a constant, so  loss = lam - y*log(lam)
def poisson_loss(lam, y):
    return -(y * np.log(lam) - lam)

print("Q3     loss = -(y*log(lam) - lam)  e.g. lam=2,y=3 ->", poisson_loss(2.0, 3.0))
