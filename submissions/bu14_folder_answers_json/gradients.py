import numpy as np

# Farhan Qureshi 22B0731 -- GNR638 A2 Q1(c)


def _sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float); W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float); b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float); t = np.asarray(t, dtype=float)

    # forward
    a1 = W1.dot(x) + b1
    h = _sigmoid(a1)
    a2 = W2.dot(h) + b2
    o = _sigmoid(a2)

    # backward
    dE_do = o - t
    dE_da2 = dE_do * o * (1 - o)
    dW2 = dE_da2[:, None] * h[None, :]
    db2 = dE_da2.copy()
    dE_dh = W2.T.dot(dE_da2)
    dE_da1 = dE_dh * h * (1 - h)
    dW1 = dE_da1[:, None] * x[None, :]
    db1 = dE_da1.copy()
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 = %.7f" % g[0][0, 0])
    print("dE/dw21 = %.7f" % g[2][0, 0])
