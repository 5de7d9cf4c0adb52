"""
Q1(c)  --  Arjun Mehta (21D070008)
backpropagation through a 2-2-2 network with sigmoid units
"""
import numpy as np

sigmoid = lambda z: 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # ---- forward ----
    hid = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ hid + b2)
    # ---- backward ----
    err = o - t
    d_o = err * o * (1 - o)
    d_h = (W2.T @ d_o) * hid * (1 - hid)
    dW2 = np.outer(hid, d_o)      # gradient wrt W2
    dW1 = np.outer(x, d_h)      # gradient wrt W1
    db2 = d_o
    db1 = d_h
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = 0.5 * np.ones((2, 2))
    out = gradients(W, np.array([1., 1.]), W, np.array([1., 1.]),
                    np.array([1., 1.]), np.array([.5, .5]))
    print(*out, sep="\n")
