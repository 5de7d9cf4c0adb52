# GNR638 Assignment 2 -- Q1(c)
# Pallavi Hegde, 200050102
import numpy as np


class TwoLayerNet:
    """2-2-2 network, sigmoid in both layers, squared error loss."""

    def __init__(self, W1, b1, W2, b2):
        self.W1 = np.asarray(W1, dtype=float)
        self.b1 = np.asarray(b1, dtype=float)
        self.W2 = np.asarray(W2, dtype=float)
        self.b2 = np.asarray(b2, dtype=float)

    @staticmethod
    def act(z):
        return 1.0 / (1.0 + np.exp(-z))

    def forward(self, x):
        self.x = np.asarray(x, dtype=float)
        self.h = self.act(self.W1 @ self.x + self.b1)
        self.o = self.act(self.W2 @ self.h + self.b2)
        return self.o

    def loss(self, x, t):
        o = self.forward(x)
        return 0.5 * np.sum((np.asarray(t) - o) ** 2)

    def backward(self, t):
        t = np.asarray(t, dtype=float)
        d_o = (self.o - t) * self.o * (1 - self.o)
        d_h = (self.W2.T @ d_o) * self.h * (1 - self.h)
        return np.outer(d_h, self.x), d_h, np.outer(d_o, self.h), d_o


def gradients(W1, b1, W2, b2, x, t):
    net = TwoLayerNet(W1, b1, W2, b2)
    net.forward(x)
    return net.backward(t)


if __name__ == "__main__":
    W = [[0.5, 0.5], [0.5, 0.5]]
    dW1, db1, dW2, db2 = gradients(W, [1, 1], W, [1, 1], [1, 1], [0.5, 0.5])
    print("dE/dw11 = %.8f" % dW1[0, 0])
    print("dE/dw21 = %.8f" % dW2[0, 0])
