# GNR638 A2 Q1(c) -- Aryan Kapoor
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    net_h = W1 @ x + b1
    h = sigmoid(net_h)
    net_o = W2 @ h + b2
    o = sigmoid(net_o)

    err = o - t                      # dE/do
    delta_o = err * o * (1 - o)      # dE/dnet_o
    delta_h = (W2.T @ delta_o) * h * (1 - h)

    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)

    # bias gradients
    db2 = err
    db1 = (W2.T @ err) * h * (1 - h)
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    for name, g in zip(["dW1", "db1", "dW2", "db2"], gradients(W1, b1, W2, b2, x, t)):
        print(name, g)
