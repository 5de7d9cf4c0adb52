import numpy as np

# q1.py -- GNR638 A2 -- Rhea Fernandes (23M2208)


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # backward
    e = o - t                      # dE/do
    delta_o = e * o * (1 - o)      # dE/d(net_o)
    dW2 = np.outer(delta_o, h)
    db2 = e                        # bias gradient
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.array([0.5, 0.5]))
    print("dE/dw11 =", dW1[0, 0], " dE/dw21 =", dW2[0, 0])
