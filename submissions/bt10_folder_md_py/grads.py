import numpy as np

# Q1 (c) - Rohan Mehta 23M2104


def sig(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    h = sig(W1.dot(x) + b1)
    o = sig(W2.dot(h) + b2)

    err = o - t
    delta_o = err * o * (1 - o)

    dW2 = np.outer(delta_o, h)
    db2 = delta_o.copy()

    back = W2.T.dot(delta_o)
    delta_h = back * h * (1 - h)
    dW1 = np.outer(delta_h, x)
    db1 = back            # gradient w.r.t. hidden bias

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.ones((2, 2)) * 0.5
    W2 = np.ones((2, 2)) * 0.5
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    print("dw11:", g[0][0, 0])
    print("dw21:", g[2][0, 0])
