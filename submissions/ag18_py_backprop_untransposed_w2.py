#!/usr/bin/env python3
"""
GNR638 Assignment 2 -- Q1, Q2, Q3 in one script
Author: Sneha Pillai (22B3310)

Run:  python3 ag_a2.py
"""
import numpy as np

sigmoid = lambda a: 1.0 / (1.0 + np.exp(-a))


# ---------------------------------------------------------------- Q1 (c)
def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # backward for E = 1/2 * sum (t - o)^2
    delta2 = (o - t) * o * (1 - o)
    delta1 = (W2 @ delta2) * h * (1 - h)    # error sent back through W2
    dW2 = np.outer(delta2, h)
    db2 = delta2
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


def main():
    W1 = 0.5 * np.ones((2, 2))
    W2 = 0.5 * np.ones((2, 2))
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    # Q1 (a), (b)
    print(f"Q1(a) dE/dw11 = {dW1[0, 0]:.6f}")   # -> 0.004432
    print(f"Q1(b) dE/dw21 = {dW2[0, 0]:.6f}")   # -> 0.037179

    # ------------------------------------------------------------ Q2
    Ho, Wo, Cin, Cout, k = 8, 8, 3, 256, 5
    std = Ho * Wo * Cout * k * k * Cin
    dw = Ho * Wo * Cin * k * k
    pw = Ho * Wo * Cin * Cout
    print(f"Q2(a) standard  = {std:,}")           # -> 1,228,800
    print(f"Q2(b) separable = {dw:,} + {pw:,} = {dw + pw:,}")   # -> 4,800 + 49,152 = 53,952

    # ------------------------------------------------------------ Q3
    # y|x ~ Poisson(rate), network outputs s = log(rate).
    # loss = rate - y*log(rate) = exp(s) - y*s   (same as torch.nn.PoissonNLLLoss(log_input=True))
    def poisson_loss(s, y):
        return np.mean(np.exp(s) - y * s)
    print("Q3 loss(s=0.3, y=2) =", poisson_loss(np.array([0.3]), np.array([2.0])))


if __name__ == "__main__":
    main()
