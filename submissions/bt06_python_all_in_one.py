# GNR638 Assignment 2
# Name: Kavya Reddy   Roll no: 22B0371
#
# I did everything in this one python file, answers are in the comments + printed at the end.
#
# ---------------- Q1 ----------------
# network: x -> h (2 sigmoid units) -> o (2 sigmoid units), E = 1/2 sum (t - o)^2
# all weights 0.5, b1 = b2 = 1, x = [1,1], t = [0.5,0.5]
#
# by hand:
#   net_h = 0.5 + 0.5 + 1 = 2        h = sigmoid(2) = 0.8808
#   net_o = 0.5*0.8808*2 + 1 = 1.8808  o = sigmoid(1.8808) = 0.8677
#   delta_o = (o - t) o (1-o) = 0.3677 * 0.1148 = 0.04221
#   dE/dw21 = delta_o1 * h1 = 0.04221 * 0.8808 = 0.03718
#   delta_h1 = (w21 delta_o1 + w22 delta_o2) * h1 (1-h1) = 0.04221 * 0.10499 = 0.004432
#   dE/dw11 = delta_h1 * x1 = 0.004432
# the code below gives the same numbers (see prints)

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    # backward
    d2 = (o - t) * o * (1 - o)
    dW2 = np.outer(d2, h)
    db2 = d2
    d1 = (W2.T @ d2) * h * (1 - h)
    dW1 = np.outer(d1, x)
    db1 = d1
    return dW1, db1, dW2, db2


# ---------------- Q2 ----------------
# input 12x12x3, output 8x8x256, kernel 5x5, stride 1, no padding
# (a) standard conv: each output value needs 5*5*3 = 75 mults
#     total = 8*8*256*75 = 1,228,800
# (b) depthwise separable:
#     depthwise: 8*8*3*(5*5) = 4,800
#     pointwise: 8*8*256*3   = 49,152
#     total = 53,952   (about 22.8 times fewer)

# ---------------- Q3 ----------------
# y|x is Poisson -> the errors are not gaussian, counts are >= 0.
# I would still use mean squared error between predicted count and the true count,
#   L = 1/N sum (y_i - y_hat_i)^2
# because it is simple and the mean of the poisson is y_hat so MSE estimates the mean.

if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 =", round(dW1[0, 0], 7))
    print("Q1(b) dE/dw21 =", round(dW2[0, 0], 6))
    print("Q2(a) standard  =", 8 * 8 * 256 * 5 * 5 * 3)
    print("Q2(b) depthwise =", 8 * 8 * 3 * 5 * 5 + 8 * 8 * 3 * 256)
