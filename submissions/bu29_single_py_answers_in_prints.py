"""
GNR638 Assignment 2 - all answers in this one file
Author : Mohit Chauhan (22B0602)

Q1 (a) dE/dw11 and (b) dE/dw21 are printed by main() (values copied below).
Q1 (c) gradients(W1, b1, W2, b2, x, t) below.
Q2 and Q3 answers are printed at the end of main().
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    dz2 = (o - t) * o * (1 - o)
    dz1 = (W2.T @ dz2) * h * (1 - h)
    dW2 = np.outer(dz2, h)
    dW1 = np.outer(dz1, x)
    return dW1, dz1, dW2, dz2


def main():
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])

    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 =", dW1[0, 0])   # 0.004431814656811997
    print("Q1(b) dE/dw21 =", dW2[0, 0])   # 0.03717874177605889

    # Q2: multiplications
    std = 8 * 8 * 256 * (5 * 5 * 3)
    sep = 8 * 8 * 3 * (5 * 5) + 8 * 8 * 3 * 256
    print("Q2(a) standard conv multiplications:", std)          # 1228800
    print("Q2(b) depthwise separable multiplications:", sep)    # 53952

    # Q3
    print("Q3 loss: L(lam, y) = lam - y*log(lam)  (Poisson NLL, log(y!) dropped), lam = exp(net(x))")


if __name__ == "__main__":
    main()
