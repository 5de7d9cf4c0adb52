# GNR638 Assignment 2
# Arjun Nair, 22B2145
#
# Everything is in this one file. Run:  python bf_a2.py
# Q1 answers are printed by the script (values pasted at the bottom of this file too).
# Q2 and Q3 are answered in the comments/prints further down.

import numpy as np


def sig(z):
    return 1 / (1 + np.exp(-z))


def dsig(z):
    s = sig(z)
    return s * (1 - s)


def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = W1.dot(x) + b1
    a1 = sig(z1)
    z2 = W2.dot(a1) + b2
    a2 = sig(z2)
    # backward, E = 0.5*sum((t-a2)^2)
    err = a2 - t
    delta2 = err * dsig(z2)
    dW2 = np.outer(delta2, a1)
    db2 = err
    delta1 = W2.T.dot(delta2) * dsig(z1)
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])

    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 =", dW1[0, 0])
    print("Q1(b) dE/dw21 =", dW2[0, 0])

    # ---------------- Q2 ----------------
    # output 8x8x256, each output = 5*5*3 MACs
    std = 8 * 8 * 256 * 5 * 5 * 3
    print("Q2(a) standard conv mults =", std)
    # depthwise 5x5 on each of the 3 channels -> 8x8x3, then 1x1 conv 3 -> 256
    dw = 8 * 8 * 3 * 5 * 5
    pw = 8 * 8 * 3 * 256
    print("Q2(b) depthwise separable mults =", dw + pw, "(", dw, "+", pw, ")")

    # ---------------- Q3 ----------------
    # y|x ~ Poisson(lam), lam = f(x) > 0 (e.g. exp of the last layer)
    # -log p(y|x) = lam - y*log(lam) + log(y!)
    # => loss = lam - y*log(lam)   (log y! is constant)
    print("Q3 loss = lam - y*log(lam)")

# Output on my machine:
# Q1(a) dE/dw11 = 0.004431815...
# Q1(b) dE/dw21 = 0.03717874...
# Q2(a) standard conv mults = 1228800
# Q2(b) depthwise separable mults = 53952 ( 4800 + 49152 )
# Q3 loss = lam - y*log(lam)
