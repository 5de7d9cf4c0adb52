"""
GNR638 - Assignment 2
Karan Joshi, 22B0981

I did the whole assignment in this one file. Answers are printed when you run
it, and I have also written them here:

  Q1 (a) dE/dw11 = 0.0044318
  Q1 (b) dE/dw21 = 0.0371787
  Q1 (c) function gradients() below
  Q2 (a) standard conv multiplications   = 1228800
  Q2 (b) depthwise separable conv mults  = 4800 + 49152 = 53952
  Q3     Poisson output -> negative log likelihood
         L(mu, y) = mu - y*log(mu) + log(y!)
         (log(y!) does not depend on the network, so in practice
          L = mu - y*log(mu), with mu = exp(w.x) to keep it positive)
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    # backward, E = 0.5*sum((t-o)^2)  ->  dE/do = (o - t)
    dz2 = (o - t) * o * (1.0 - o)
    dW2 = np.outer(dz2, h)
    db2 = dz2.copy()
    dz1 = (W2.T @ dz2) * h * (1.0 - h)
    dW1 = np.outer(dz1, x)
    db1 = dz1.copy()
    return dW1, db1, dW2, db2


def conv_mults(H_out, W_out, C_in, C_out, k):
    standard = H_out * W_out * C_out * k * k * C_in
    depthwise = H_out * W_out * k * k * C_in
    pointwise = H_out * W_out * C_in * C_out
    return standard, depthwise, pointwise


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("Q1 (a) dE/dw11 =", round(dW1[0, 0], 7))
print("Q1 (b) dE/dw21 =", round(dW2[0, 0], 7))

std, dw, pw = conv_mults(8, 8, 3, 256, 5)
print("Q2 (a) standard:", std)
print("Q2 (b) depthwise:", dw, "+ pointwise:", pw, "=", dw + pw)
