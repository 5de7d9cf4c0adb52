"""
GNR 638 Assignment 2 -- Sahil Jain (200100141)

Q1. Check backprop against analytic gradient calculation for a two-layer
    network (two nodes in the input, hidden and output layers), take a single
    input [1,1].  Weights all 0.5, b1 = b2 = 1, targets t = [0.5, 0.5],
    E = 1/2 (t1 - o1)^2 + 1/2 (t2 - o2)^2.
    (a) dE/dw11   (b) dE/dw21   (c) code: gradients(W1, b1, W2, b2, x, t)

    My answers (printed by running this file):
    (a) dE/dw11 = 0.0044318
    (b) dE/dw21 = 0.0371787
    (c) gradients() below

Q2. Calculate the number of multiplications for normal convolution vs
    depthwise separable convolution. Input 12x12x3, output 8x8x256, 5x5
    kernels, stride 1, no padding.

    (a) normal: 8*8*256*(5*5*3) = 1,228,800
    (b) depthwise separable: 8*8*3*(5*5) + 8*8*3*256 = 4,800 + 49,152 = 53,952

Q3. What loss function would you use if the relationship between the output
    and the input variables is Poisson?

    Negative log likelihood of Poisson(lam), lam = network output:
        L = -(y*log(lam) - lam) = lam - y*log(lam)      (log y! dropped)
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for h = s(W1 x + b1), o = s(W2 h + b2), E = 0.5*||t - o||^2.

    Returns (dW1, db1, dW2, db2)."""
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)

    delta_out = (o - t) * o * (1.0 - o)          # dE/d(net_o)
    delta_hid = (W2.T @ delta_out) * h * (1.0 - h)  # dE/d(net_h)

    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2


def _loss(W1, b1, W2, b2, x, t):
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
    # numerical check
    e = 1e-6
    P = W1.copy(); P[0, 0] += e
    Q = W1.copy(); Q[0, 0] -= e
    print("numeric  =", (_loss(P, b1, W2, b2, x, t) - _loss(Q, b1, W2, b2, x, t)) / (2 * e))
