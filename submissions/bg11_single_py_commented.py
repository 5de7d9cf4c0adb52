# GNR638 Assignment 2
# Name : Harsh Vardhan   Roll : 22B0324
#
# Everything is in this one file. Run `python bg_a2.py` to print all answers.
#
# Q1 network: h = sigmoid(W1 x + b1), o = sigmoid(W2 h + b2), E = 0.5*sum((t - o)^2)
# given: all weights 0.5, b1 = b2 = 1, x = [1, 1], t = [0.5, 0.5]
#
# Hand calculation (Q1 a, b):
#   h = sigmoid(2)      = 0.8808
#   o = sigmoid(1.8808) = 0.8677
#   delta_o = (o - t) o (1 - o) = 0.3677 * 0.1148 = 0.04221
#   dE/dw21 = delta_o1 * h1 = 0.04221 * 0.8808 = 0.03718          <-- answer (b)
#   delta_h1 = (w21 delta_o1 + w22 delta_o2) h1 (1 - h1)
#            = 0.04221 * 0.10499 = 0.004432
#   dE/dw11 = delta_h1 * x1 = 0.004432                             <-- answer (a)
#
# The code below (Q1 c) gives the same numbers.

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    a1 = W1.dot(x) + b1
    h = sigmoid(a1)
    a2 = W2.dot(h) + b2
    o = sigmoid(a2)
    # backward
    d2 = (o - t) * o * (1 - o)
    d1 = W2.T.dot(d2) * h * (1 - h)
    dW2 = d2.reshape(2, 1) * h.reshape(1, 2)
    dW1 = d1.reshape(2, 1) * x.reshape(1, 2)
    return dW1, d1, dW2, d2


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("Q1(a) dE/dw11 =", round(dW1[0, 0], 7))   # 0.0044318
print("Q1(b) dE/dw21 =", round(dW2[0, 0], 6))   # 0.037179

# Q2: 12x12x3 input, 5x5 kernels, 8x8x256 output
out_h, out_w, out_c, in_c, k = 8, 8, 256, 3, 5
standard = out_h * out_w * out_c * k * k * in_c
depthwise = out_h * out_w * in_c * k * k
pointwise = out_h * out_w * in_c * out_c
print("Q2(a) standard conv multiplications =", standard)                      # 1228800
print("Q2(b) depthwise separable multiplications =", depthwise + pointwise)   # 53952

# Q3:
# y|x ~ Poisson(lam), lam = exp(w^T x)
# P(y|x) = lam^y exp(-lam) / y!
# loss = -log P = lam - y*log(lam) + log(y!)
# => minimise  sum_i ( exp(w^T x_i) - y_i * w^T x_i )    (log y! is a constant)
print("Q3 loss: L = lam - y*log(lam)  (Poisson negative log-likelihood)")
