# Nikhil Agarwal 21D070045  -- GNR638 A2 Q1(c)
import numpy as np

sigmoid = lambda z: 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # row-vector convention (like PyTorch nn.Linear input @ W)
    h = sigmoid(x @ W1 + b1)
    o = sigmoid(h @ W2 + b2)
    d_o = (o - t) * o * (1 - o)
    dW2 = np.outer(h, d_o)
    db2 = d_o
    d_h = (d_o @ W2.T) * h * (1 - h)
    dW1 = np.outer(x, d_h)
    db1 = d_h
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.array([0.5, 0.5]))
    print("dw11:", g[0][0, 0], " dw21:", g[2][0, 0])
