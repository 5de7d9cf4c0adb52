"""
GNR638 - Assignment 2
Kunal Saxena, 21B0987

Everything is in this one file: Q1(c) is the `gradients` function, the other
answers are printed by `main()` and also written in the comments below
(output of `python a2_kunal.py` pasted at the bottom).
"""
import math

import numpy as np


# ----------------------------------------------------------------- Q1 ----
def _sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for h = s(W1 x + b1), o = s(W2 h + b2), E = 0.5*sum((t - o)^2).

    Returns (dW1, db1, dW2, db2) with the same shapes as the parameters.
    """
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    dz2 = (o - t) * o * (1.0 - o)
    dz1 = (W2.T @ dz2) * h * (1.0 - h)
    return np.outer(dz1, x), dz1, np.outer(dz2, h), dz2


# Q1(a) dE/dw11 = 0.0044318   (= dz1[0] * x1, both outputs contribute to dz1)
# Q1(b) dE/dw21 = 0.0371787   (= dz2[0] * h1)


# ----------------------------------------------------------------- Q2 ----
def conv_mults(H, W, C_in, C_out, k, stride=1, pad=0):
    Ho = (H + 2 * pad - k) // stride + 1
    Wo = (W + 2 * pad - k) // stride + 1
    standard = Ho * Wo * C_out * k * k * C_in
    separable = Ho * Wo * C_in * k * k + Ho * Wo * C_in * C_out
    return standard, separable


# Q2(a) standard convolution: 1228800 multiplications
# Q2(b) depthwise separable:  53952 multiplications (4800 depthwise + 49152 pointwise)


# ----------------------------------------------------------------- Q3 ----
# y | x ~ Poisson(mu), mu = network output > 0
# p(y|x) = mu^y exp(-mu) / y!
# Q3 loss = -log p(y|x) = mu - y*log(mu) + log(y!)   -> minimise mu - y*log(mu)
def poisson_loss(mu, y):
    return mu - y * math.log(mu) + math.lgamma(y + 1)


def main():
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, [1, 1], W, [1, 1], [1, 1], [0.5, 0.5])
    print("Q1(a) dE/dw11 =", round(float(dW1[0, 0]), 7))
    print("Q1(b) dE/dw21 =", round(float(dW2[0, 0]), 7))
    std, sep = conv_mults(12, 12, 3, 256, 5)
    print("Q2(a) standard  =", std)
    print("Q2(b) separable =", sep)
    print("Q3 example: loss(mu=2, y=3) =", round(poisson_loss(2.0, 3), 4))


if __name__ == "__main__":
    main()

# $ python a2_kunal.py
# Q1(a) dE/dw11 = 0.0044318
# Q1(b) dE/dw21 = 0.0371787
# Q2(a) standard  = 1228800
# Q2(b) separable = 53952
# Q3 example: loss(mu=2, y=3) = 1.7123
