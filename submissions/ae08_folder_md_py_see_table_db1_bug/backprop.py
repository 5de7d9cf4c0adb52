import numpy as np


def _sig(a):
    return 1 / (1 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    """returns (dW1, db1, dW2, db2) for E = 0.5*||t - o||^2"""
    h = _sig(W1 @ x + b1)
    o = _sig(W2 @ h + b2)
    delta2 = (o - t) * o * (1 - o)
    back = W2.T @ delta2
    delta1 = back * h * (1 - h)
    dW2 = np.outer(delta2, h)
    dW1 = np.outer(delta1, x)
    db2 = delta2
    db1 = back
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
    g = gradients(W1, b1, W2, b2, np.array([1.0, 1.0]), np.array([0.5, 0.5]))
    for name, v in zip(["dW1", "db1", "dW2", "db2"], g):
        print(name, v)
