# GNR638 Assignment 2
# Harsh Vardhan  (23B1129)
#
# Q1. network 2-2-2 with sigmoid, x = [1, 1], all weights 0.5, b1 = b2 = 1, t = [0.5, 0.5]
#     (a) dE/dw11 = 0.00443
#     (b) dE/dw21 = 0.0372
#     (these are the values printed by the script below)
#
# Q2. 12x12x3 -> 8x8x256 with 5x5 kernels
#     (a) standard conv: 8*8*256*5*5*3 = 1,228,800
#     (b) depthwise separable: 8*8*5*5*3 + 8*8*3*256 = 4,800 + 49,152 = 53,952
#
# Q3. y|x ~ Poisson(lambda), lambda predicted by the network
#     NLL = lambda - y*log(lambda) + log(y!)
#     loss = sum over samples of (lambda_i - y_i * log(lambda_i))

import numpy as np


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)

    delta_out = (o - t) * o * (1 - o)
    delta_hid = W2.T.dot(delta_out) * h * (1 - h)

    dW2 = np.outer(delta_out, h)
    dW1 = np.outer(delta_hid, x)
    # biases: same deltas, not needed for Q1(a)/(b)
    return dW1, dW2


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2))
    W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1., 1.])
    t = np.array([0.5, 0.5])
    dW1, dW2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
