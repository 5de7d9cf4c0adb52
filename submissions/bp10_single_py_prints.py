"""
GNR 638 - Assignment 2
Kunal Shah, 23B0204

Everything is in this one file. Run this file to print all the answers.
Q1 (a),(b) come from the gradients() function, (c) is the function itself.
Q2 and Q3 answers are in the comments/prints at the bottom.
"""

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # ---- forward ----
    net1 = W1 @ x + b1
    h = sigmoid(net1)
    net2 = W2 @ h + b2
    o = sigmoid(net2)

    # ---- backward ----
    # E = 0.5*sum((t-o)^2)  =>  dE/do = o - t
    g_o = o - t
    g_net2 = g_o * o * (1.0 - o)
    dW2 = g_net2[:, None] * h[None, :]
    db2 = g_net2
    g_h = W2.T @ g_net2
    g_net1 = g_h * h * (1.0 - h)
    dW1 = g_net1[:, None] * x[None, :]
    db1 = g_net1
    return dW1, db1, dW2, db2


# ---------------- Q1 ----------------
W1 = np.array([[0.5, 0.5],
               [0.5, 0.5]])
W2 = np.array([[0.5, 0.5],
               [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("Q1(a) dE/dw11 =", round(dW1[0, 0], 6))   # 0.004432
print("Q1(b) dE/dw21 =", round(dW2[0, 0], 6))   # 0.037179

# ---------------- Q2 ----------------
# Standard conv: one output pixel has 256 channels, each needs a 5x5x3 kernel
# dot product -> 5*5*3*256 multiplications.
std = 5 * 5 * 3 * 256
print("Q2(a) standard conv multiplications =", std)        # 19200

# Depthwise separable: depthwise 5*5 for each of 3 channels = 75,
# pointwise 1x1x3 for each of 256 output channels = 768
dws = 5 * 5 * 3 + 3 * 256
print("Q2(b) depthwise separable multiplications =", dws)  # 843
# ratio 843/19200 = 0.0439 so about 23x cheaper

# ---------------- Q3 ----------------
# y | x ~ Poisson(lam), lam = exp(w.x) (predicted rate)
# p(y|x) = lam^y exp(-lam) / y!
# loss = -log p(y|x) = lam - y*log(lam) + log(y!)
# -> minimise sum_i [ exp(w.x_i) - y_i * (w.x_i) ]   (log y! is constant)
print("Q3 loss: L = lam - y*log(lam) + log(y!)  (Poisson negative log-likelihood)")
