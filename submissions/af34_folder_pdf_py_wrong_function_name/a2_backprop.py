import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def compute_gradients(W1, b1, W2, b2, x, t):
    """returns (dW1, db1, dW2, db2) for E = 0.5*sum((t-o)^2)"""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2


def finite_diff(W1, b1, W2, b2, x, t, eps=1e-5):
    def E(W1_):
        o = sigmoid(W2 @ sigmoid(W1_ @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)
    P, M = W1.copy(), W1.copy()
    P[0, 0] += eps; M[0, 0] -= eps
    return (E(P) - E(M)) / (2 * eps)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2); x = np.ones(2); t = np.full(2, 0.5)
    g = compute_gradients(W1, b1, W2, b2, x, t)
    print(g[0][0, 0], g[2][0, 0], finite_diff(W1, b1, W2, b2, x, t))
