"""GNR 638 - Assignment 2 - solutions file
Author: Priyanshu Gupta (21B030027)

Part A  (backprop, 2-2-2 sigmoid net, all w = 0.5, b = 1, x = [1, 1], t = [0.5, 0.5])
    (a)  dE/dw11 =  0.0044318
    (b)  dE/dw21 =  0.0371787
    (c)  function gradients() below; run `python this_file.py --check` to compare
         with finite differences.

Part B  (multiplications, 12x12x3 -> 8x8x256, 5x5 kernels)
    B-1  standard conv            8*8*256*75          = 1 228 800
    B-2  depthwise separable      8*8*75 + 8*8*3*256  =    53 952

Part C  (Poisson output)
    with log link lambda_i = exp(w . x_i):
        L(w) = sum_i [ exp(w . x_i) - y_i (w . x_i) ]
    (negative log likelihood, the log(y_i!) term is a constant and is left out)
"""
import argparse
import numpy as np


def _sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    delta2 = (o - t) * o * (1.0 - o)
    delta1 = (W2.T @ delta2) * h * (1.0 - h)
    return np.outer(delta1, x), delta1, np.outer(delta2, h), delta2


def _E(W1, b1, W2, b2, x, t):
    o = _sigmoid(W2 @ _sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    W1 = np.full((2, 2), 0.5); W2 = W1.copy(); b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    g = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", g[0], "\ndW2 =", g[2])
    if args.check:
        e = 1e-6; P = W1.copy(); P[0, 0] += e; M = W1.copy(); M[0, 0] -= e
        print("fd dw11:", (_E(P, b1, W2, b2, x, t) - _E(M, b1, W2, b2, x, t)) / (2 * e))


if __name__ == "__main__":
    main()
