# ==========================================================
#  GNR 638  Assignment 2
#  Sahil Chauhan   21D070081
# ==========================================================
#
#  Q1 (a)  dE/dw11 = 0.0044   (w = 0.5, x = [1,1], t = [0.5,0.5], b = 1)
#  Q1 (b)  dE/dw21 = 0.0372
#          hand working: h = sig(2) = 0.8808, o = sig(1.8808) = 0.8677,
#          delta_o = (o - t) o (1 - o) = 0.0422
#          dw21 = 0.0422 * 0.8808 = 0.0372
#          dw11 = (0.5*0.0422 + 0.5*0.0422) * 0.8808 * 0.1192 = 0.0044
#  Q1 (c)  function gradients below
#
#  Q2 (a)  8*8*256*5*5*3 = 1,228,800
#  Q2 (b)  8*8*3*5*5 + 8*8*3*256 = 4,800 + 49,152 = 53,952
#
#  Q3      ran out of time, sorry
# ==========================================================

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def dsigmoid(z):
    s = sigmoid(z)
    return s * (1 - s)


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    delta2 = (o - t) * sigmoid_prime(z2)
    delta1 = (W2.T @ delta2) * sigmoid_prime(z1)

    dW2 = np.outer(delta2, h)
    dW1 = np.outer(delta1, x)
    return dW1, delta1, dW2, delta2
