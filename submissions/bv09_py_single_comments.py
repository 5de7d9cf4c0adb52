# GNR 638 Assignment 2
# I wrote everything in this one file (answers in comments + printed at the end).
#
# Q1 network: x -> h = sigmoid(W1 x + b1) -> o = sigmoid(W2 h + b2)
#   E = 0.5*(t1-o1)^2 + 0.5*(t2-o2)^2
#   all weights 0.5, x = [1,1], t = [0.5,0.5], b1 = b2 = 1
#
# by hand (I checked with the code below):
#   net_h = 0.5 + 0.5 + 1 = 2          h = sigmoid(2) = 0.8808
#   net_o = 0.5*0.8808*2 + 1 = 1.8808  o = 0.8677
#   delta_o = (o - t) * o * (1 - o) = 0.3677 * 0.1148 = 0.04221
#   dE/dw21 = delta_o * h1 = 0.04221 * 0.8808 = 0.03718
#   delta_h = (w21*delta_o1 + w22*delta_o2) * h1*(1-h1) = 0.04221 * 0.1050 = 0.004432
#   dE/dw11 = delta_h * x1 = 0.004432
#
# Q2 conv: 12x12x3 -> 8x8x256, 5x5 kernel, stride 1, no padding
#   standard: every output number needs 5*5*3 = 75 mults, there are 8*8*256 outputs
#   depthwise separable: depthwise 5x5 per channel + pointwise 1x1x3 for 256 filters
#
# Q3 Poisson:
#   p(y|x) = mu^y e^(-mu) / y!   with mu = model output (rate)
#   negative log likelihood:  -log p = mu - y*log(mu) + log(y!)
#   log(y!) does not depend on the model so the loss is
#       L = mu - y*log(mu)     (summed over the training samples)

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    dz2 = (o - t) * o * (1 - o)
    dW2 = np.outer(dz2, h)
    db2 = dz2.copy()

    dh = W2.T @ dz2
    dz1 = dh * h * (1 - h)
    dW1 = np.outer(dz1, x)
    db1 = dz1.copy()
    return dW1, db1, dW2, db2


def conv_mults():
    standard = 8 * 8 * 256 * (5 * 5 * 3)
    depthwise = 8 * 8 * 3 * (5 * 5)
    pointwise = 8 * 8 * 256 * 3
    return standard, depthwise, pointwise


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2))
    W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 =", round(dW1[0, 0], 7))   # 0.0044318
    print("Q1(b) dE/dw21 =", round(dW2[0, 0], 6))   # 0.037179

    s, dw, pw = conv_mults()
    print("Q2(a) standard conv mults =", s)              # 1228800
    print("Q2(b) depthwise separable mults =", dw + pw)  # 4800 + 49152 = 53952
    print("Q3 loss: L = mu - y*log(mu)  (Poisson NLL, log y! dropped)")
