"""Q1(c) GNR638 A2.

>>> import numpy as np
>>> W = np.full((2, 2), 0.5); b = np.ones(2)
>>> dW1, db1, dW2, db2 = gradients(W, b, W, b, np.ones(2), np.full(2, 0.5))
>>> round(float(dW1[0, 0]), 7), round(float(dW2[0, 0]), 6)
(0.0044318, 0.037179)
"""
import numpy as np


def _sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2, x, t = (np.asarray(v, dtype=float) for v in (W1, b1, W2, b2, x, t))
    h = _sigmoid(W1.dot(x) + b1)
    o = _sigmoid(W2.dot(h) + b2)
    db2 = (o - t) * o * (1.0 - o)
    db1 = W2.T.dot(db2) * h * (1.0 - h)
    return np.outer(db1, x), db1, np.outer(db2, h), db2


if __name__ == "__main__":
    import doctest
    doctest.testmod(verbose=True)
