# -*- coding: utf-8 -*-
# GNR638 - Assignment 2
# Rahul Verma, 21D070077
#
# I did all of assignment 2 in this script. Run it and it prints the answers.
# Q3 is answered in the comment block at the very bottom.

import numpy as np

np.set_printoptions(precision=6, suppress=True)


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# ---------------------------------------------------------------- Q1 (c)
def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    err = o - t                         # dE/do for E = 1/2 sum (t-o)^2
    d2 = err * o * (1 - o)              # dE/dz2
    dW2 = np.outer(d2, h)
    db2 = d2 * h                        # bias of layer 2

    d1 = (W2.T @ d2) * h * (1 - h)      # dE/dz1
    dW1 = np.outer(d1, x)
    db1 = d1
    return dW1, db1, dW2, db2


# ---------------------------------------------------------------- Q1 (a), (b)
W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("Q1(a)  dE/dw11 =", round(dW1[0, 0], 6))   # -> 0.004432
print("Q1(b)  dE/dw21 =", round(dW2[0, 0], 6))   # -> 0.037179

# ---------------------------------------------------------------- Q2
H_out, W_out = 8, 8
C_in, C_out, K = 3, 256, 5
standard = H_out * W_out * C_out * (K * K * C_in)
depthwise = H_out * W_out * C_in * K * K
pointwise = H_out * W_out * C_in * C_out
print("Q2(a)  standard conv multiplications  =", f"{standard:,}")            # 1,228,800
print("Q2(b)  depthwise separable            =", f"{depthwise + pointwise:,}")  # 53,952
print("       (depthwise %d + pointwise %d)" % (depthwise, pointwise))

# ---------------------------------------------------------------- Q3
# y | x ~ Poisson(mu), mu = network output (> 0, softplus or exp at the end)
# -log p(y|x) = mu - y*log(mu) + log(y!)
# Loss to minimise (log y! dropped, mean over the batch):
#       L = mean( mu - y * log(mu) )
