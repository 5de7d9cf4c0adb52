import numpy as np

# Rishabh Goyal 210070067 - Q1(c)


def sig(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, W2, b1, b2, x, t):
    """returns dW1, db1, dW2, db2"""
    h = sig(np.dot(W1, x) + b1)
    o = sig(np.dot(W2, h) + b2)
    err_o = (o - t) * o * (1 - o)
    err_h = np.dot(W2.T, err_o) * h * (1 - h)
    dW1 = np.outer(err_h, x)
    dW2 = np.outer(err_o, h)
    return dW1, err_h, dW2, err_o


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2))
    W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    g = gradients(W1, W2, b1, b2, x, t)
    print("dE/dw11 =", g[0][0, 0])
    print("dE/dw21 =", g[2][0, 0])
