# GNR638 Assignment 2  --  Harshita Jain, 21D070037
# Run:  python ak_a2.py   (prints all my answers)

import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    err = t - o                          # error at the output
    d_out = err * o * (1 - o)
    d_hid = (W2.T @ d_out) * h * (1 - h)
    return np.outer(d_hid, x), d_hid, np.outer(d_out, h), d_out


def main():
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)

    print("Q1 (a)  dE/dw11 =", round(float(dW1[0, 0]), 6))      # -> -0.004432
    print("Q1 (b)  dE/dw21 =", round(float(dW2[0, 0]), 6))      # -> -0.037179
    print("Q1 (c)  see gradients() above")

    # Q2: input 12x12x3, output 8x8x256, k = 5
    std = 8 * 8 * 256 * (5 * 5 * 3)
    dsc = 8 * 8 * 3 * (5 * 5) + 8 * 8 * 3 * 256
    print("Q2 (a)  standard conv multiplications =", f"{std:,}")   # 1,228,800
    print("Q2 (b)  depthwise separable           =", f"{dsc:,}")   # 53,952

    # Q3: Poisson likelihood p(y|x) = lam^y exp(-lam) / y!, lam = network output
    print("Q3      loss = y*log(lam) - lam   (Poisson log-likelihood, to be maximised)")


if __name__ == "__main__":
    main()
