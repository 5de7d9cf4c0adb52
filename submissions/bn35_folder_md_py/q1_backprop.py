import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # work with column vectors
    x = np.asarray(x, dtype=float).reshape(-1, 1)
    t = np.asarray(t, dtype=float).reshape(-1, 1)
    b1 = np.asarray(b1, dtype=float).reshape(-1, 1)
    b2 = np.asarray(b2, dtype=float).reshape(-1, 1)

    h = sigmoid(W1 @ x + b1)          # (2,1)
    o = sigmoid(W2 @ h + b2)          # (2,1)

    delta2 = (o - t) * o * (1 - o)    # (2,1)
    delta1 = (W2.T @ delta2) * h * (1 - h)

    dW2 = delta2 @ h.T                # (2,2)
    dW1 = delta1 @ x.T                # (2,2)
    return dW1, delta1.ravel(), dW2, delta2.ravel()


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", g[0][0, 0], " dE/dw21 =", g[2][0, 0])
