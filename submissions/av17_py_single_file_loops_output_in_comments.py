# GNR 638 - Assignment 2
# Harshit Jain, 23B1290
#
# Everything is in this file, just run it with python3.
# Output I got is pasted at the bottom.
#
# Q1 (a), (b): printed by main() below (hand derivation is the same chain rule as in the code)
# Q1 (c): gradients()
# Q2: conv_mults()
# Q3: poisson_loss()

import math
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for the 2-2-2 sigmoid net, E = 0.5 * sum_k (t_k - o_k)^2.

    W[i][j] is the weight from unit j of the previous layer into unit i.
    Returns (dW1, db1, dW2, db2) as numpy arrays.
    """
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    # forward
    h = np.zeros(2)
    for i in range(2):
        h[i] = sigmoid(W1[i, 0] * x[0] + W1[i, 1] * x[1] + b1[i])
    o = np.zeros(2)
    for k in range(2):
        o[k] = sigmoid(W2[k, 0] * h[0] + W2[k, 1] * h[1] + b2[k])

    # backward, output layer
    d_o = np.zeros(2)
    for k in range(2):
        d_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
    dW2 = np.zeros((2, 2))
    for k in range(2):
        for j in range(2):
            dW2[k, j] = d_o[k] * h[j]
    db2 = d_o.copy()

    # backward, hidden layer
    d_h = np.zeros(2)
    for j in range(2):
        s = 0.0
        for k in range(2):
            s += W2[k, j] * d_o[k]
        d_h[j] = s * h[j] * (1 - h[j])
    dW1 = np.zeros((2, 2))
    for j in range(2):
        for i in range(2):
            dW1[j, i] = d_h[j] * x[i]
    db1 = d_h.copy()

    return dW1, db1, dW2, db2


def conv_mults(H=12, W=12, C=3, K=5, M=256):
    Ho, Wo = H - K + 1, W - K + 1
    standard = Ho * Wo * M * K * K * C
    depthwise = Ho * Wo * C * K * K
    pointwise = Ho * Wo * C * M
    return standard, depthwise + pointwise


def poisson_loss(lam, y):
    # negative log likelihood of Poisson(lam) at count y, without the log(y!) constant
    #   L = lam - y * log(lam)
    return lam - y * np.log(lam)


def main():
    W1 = [[0.5, 0.5], [0.5, 0.5]]
    W2 = [[0.5, 0.5], [0.5, 0.5]]
    dW1, db1, dW2, db2 = gradients(W1, [1, 1], W2, [1, 1], [1, 1], [0.5, 0.5])
    print("Q1a dE/dw11 =", round(dW1[0, 0], 6))
    print("Q1b dE/dw21 =", round(dW2[0, 0], 6))
    std, sep = conv_mults()
    print("Q2a standard conv mults =", std)
    print("Q2b depthwise separable mults =", sep)
    print("Q3 loss = lambda - y*log(lambda)   e.g. L(2.0, 3) =", round(poisson_loss(2.0, 3), 4))


if __name__ == "__main__":
    main()

# ---- output ----
# Q1a dE/dw11 = 0.004432
# Q1b dE/dw21 = 0.037179
# Q2a standard conv mults = 1228800
# Q2b depthwise separable mults = 53952
# Q3 loss = lambda - y*log(lambda)   e.g. L(2.0, 3) = -0.0794
