# GNR638 Assignment 2
# Rohan Mehta, 200070061
#
# Everything is in this one file. Run `python bo_a2.py` to print all answers.
# Q1 (a),(b) are computed by the gradients() function below (which is Q1 (c)),
# Q2 is just arithmetic, Q3 is written in the comment block at the bottom.

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    # backward, E = 0.5*sum((t-o)^2)  ->  dE/do = o - t
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)

if __name__ == "__main__":
    print("Q1(a) dE/dw11 =", dW1[0, 0])   # prints 0.004431814656811997
    print("Q1(b) dE/dw21 =", dW2[0, 0])   # prints 0.03717874177605889

    # Q2: output is 8x8x256
    std = 8 * 8 * 256 * 5 * 5 * 3
    print("Q2(a) standard conv mults =", std)        # 1228800

    # depthwise separable = depthwise 5x5 filter on each input channel, then 1x1 conv
    # I counted the 1x1 pointwise part as the expensive one:
    dws = 8 * 8 * 3 * 256
    print("Q2(b) depthwise separable mults =", dws)  # 49152

# Q3:
# y|x ~ Poisson(lam), lam = model output (use exp() so that lam > 0)
# likelihood p(y|x) = lam^y exp(-lam) / y!
# negative log likelihood  L = lam - y*log(lam) + log(y!)
# drop log(y!) since it does not depend on the parameters:
#     L = sum_i ( lam_i - y_i * log(lam_i) )
