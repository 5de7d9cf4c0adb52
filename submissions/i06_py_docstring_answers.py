"""
GNR638 Assignment 2  --  Harshvardhan Singh Rathore (210040067)

Everything is in this one file (the TA said a .py is fine for the whole assignment).

-------------------------------------------------------------------------------
Q1  (hand calculation, checked with the function below)
    all w = 0.5, x = [1, 1], t = [0.5, 0.5], b1 = b2 = 1
    z1 = 0.5 + 0.5 + 1 = 2          h = sigmoid(2)      = 0.880797
    z2 = 0.5*h + 0.5*h + 1 = 1.8808  o = sigmoid(1.8808) = 0.867703
    dE/do = o - t = 0.367703
    delta_o = 0.367703 * 0.867703 * (1 - 0.867703) = 0.0422103
    delta_h1 = (0.5*delta_o1 + 0.5*delta_o2) * 0.880797 * 0.119203 = 0.0044318

    (a) dE/dw11 = delta_h1 * x1 = 0.0044318
    (b) dE/dw21 = delta_o1 * h1 = 0.0371787
    (c) gradients() below; running this file prints the table and a
        finite-difference check.

Q2  input 12x12x3 -> output 8x8x256, 5x5 kernel, stride 1, no pad
    (a) standard  : 8*8*256*(5*5*3) = 64*256*75 = 1228800 mults
    (b) separable : depthwise 8*8*3*25 = 4800
                    pointwise 8*8*3*256 = 49152
                    total = 53952 mults

Q3  y|x ~ Poisson(mu), mu = model output (exp of a linear fn, so mu > 0)
    NLL = -log( mu^y e^(-mu) / y! ) = mu - y*log(mu) + log(y!)
    loss = mu - y*log(mu)      (log y! is a constant, dropped)
-------------------------------------------------------------------------------
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 0.5*sum((t - o)^2) for h = s(W1 x + b1), o = s(W2 h + b2).

    Returns (dW1, db1, dW2, db2) with the same shapes as W1, b1, W2, b2.
    """
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)

    delta_o = (o - t) * o * (1.0 - o)          # shape (2,)
    delta_h = (W2.T @ delta_o) * h * (1.0 - h)  # shape (2,)

    dW2 = np.outer(delta_o, h)
    db2 = delta_o.copy()
    dW1 = np.outer(delta_h, x)
    db1 = delta_h.copy()
    return dW1, db1, dW2, db2


def _loss(W1, b1, W2, b2, x, t):
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])

    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])

    # numerical check on W1[0,0]
    eps = 1e-6
    Wp = W1.copy(); Wp[0, 0] += eps
    Wm = W1.copy(); Wm[0, 0] -= eps
    num = (_loss(Wp, b1, W2, b2, x, t) - _loss(Wm, b1, W2, b2, x, t)) / (2 * eps)
    print("finite difference for w11:", num)
