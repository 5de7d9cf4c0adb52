import numpy as np

# Q1 (c)  -  Harsh Vardhan 21B1577


def sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """returns dW1, db1, dW2, db2 for E = 0.5*sum((t-o)^2)"""
    z1 = W1.dot(x) + b1
    h = sig(z1)
    z2 = W2.dot(h) + b2
    o = sig(z2)

    delta2 = (o - t) * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2.copy()

    dh = W2.T.dot(delta2)          # dE/dh
    delta1 = dh * h * (1 - h)      # dE/dz1
    dW1 = np.outer(delta1, x)
    db1 = dh

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2)); W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1., 1.]); t = np.array([.5, .5])
    g = gradients(W1, b1, W2, b2, x, t)
    for name, v in zip(["dW1", "db1", "dW2", "db2"], g):
        print(name, v)
