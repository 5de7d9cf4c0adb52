# GNR 638 - Assignment 2
# Priya Nair  23D1507
#
# Everything is in this file. Run it to see the numbers.
#
# Q1: 2-2-2 sigmoid network, x = [1, 1], all weights 0.5, biases 1,
#     target [0.5, 0.5], E = 1/2 sum (t - o)^2
#
#   error at output = (t - o) * o * (1 - o)
#   dE/dw21 = error_o1 * h1      -> printed below: -0.0371787
#   dE/dw11 = error_h1 * x1      -> printed below: -0.0044318
#
# Q2: output 8x8x256, 5x5 kernels on 3 channels
#   (a) standard  = 8*8*256*5*5*3 = 1228800
#   (b) depthwise = 8*8*5*5*3 = 4800, pointwise = 8*8*3*256 = 49152
#       total = 53952
#
# Q3: y|x ~ Poisson. Take the log of the rate as the network output z
#     (rate = exp(z)), then the negative log likelihood is
#       L = exp(z) - y*z   (+ log y!, constant)
#     this is what torch.nn.PoissonNLLLoss(log_input=True) computes.

import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    err_o = (t - o) * o * (1 - o)
    err_h = (W2.T @ err_o) * h * (1 - h)

    dW2 = np.outer(err_o, h)
    db2 = err_o
    dW1 = np.outer(err_h, x)
    db1 = err_h
    return dW1, db1, dW2, db2

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1, 1])
b2 = np.array([1, 1])
x = np.array([1, 1])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dE/dw11 =", dW1[0][0])
print("dE/dw21 =", dW2[0][0])
print("standard conv mults =", 8*8*256*5*5*3)
print("depthwise separable mults =", 8*8*5*5*3 + 8*8*3*256)
