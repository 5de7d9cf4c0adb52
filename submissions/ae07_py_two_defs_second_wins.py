"""
GNR 638 Assignment 2 -- Ishaan Bhat (200040052)

Everything is in this one file.

Q1 (a)  dE/dw11 = 0.00443   (see run at the bottom)
Q1 (b)  dE/dw21 = 0.0372
Q1 (c)  function gradients() below -- the SECOND definition is the one to use,
        the first attempt is left in only so you can see what I changed.

Q2 (a)  standard conv: 8*8*256 outputs, each 5*5*3 mults -> 1228800
Q2 (b)  depthwise sep.: 8*8*3*25 + 8*8*3*256 = 4800 + 49152 = 53952

Q3      not sure but I think it's the negative log-likelihood of the Poisson:
        loss = lam - y*log(lam)   (+ log(y!) which is constant)
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# ---------------- attempt 1 (WRONG: forgot sigmoid' of the hidden layer) -----
def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = W2.T @ d2
    return np.outer(d1, x), d1, np.outer(d2, h), d2


# ---------------- attempt 2 (fixed) -------------------------------------------
def gradients(W1, b1, W2, b2, x, t):  # noqa: F811  (redefinition on purpose)
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    dW1 = np.outer(d1, x)
    dW2 = np.outer(d2, h)
    return dW1, d1, dW2, d2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    dW1, db1, dW2, db2 = gradients(W, b, W, b, np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", dW1[0, 0])   # 0.004431814656811997
    print("dE/dw21 =", dW2[0, 0])   # 0.03717874177605889
