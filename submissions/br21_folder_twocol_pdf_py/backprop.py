"""backprop.py -- Q1(c), Ananya Ghosh"""
import numpy as np


class TwoLayerNet:
    def __init__(self, W1, b1, W2, b2):
        self.W1, self.b1, self.W2, self.b2 = W1, b1, W2, b2

    @staticmethod
    def act(z):
        return 1.0 / (1.0 + np.exp(-z))

    def forward(self, x):
        self.x = x
        self.h = self.act(self.W1 @ x + self.b1)
        self.o = self.act(self.W2 @ self.h + self.b2)
        return self.o

    def backward(self, t):
        g_o = (self.o - t) * self.o * (1 - self.o)
        g_h = (self.W2.T @ g_o) * self.h * (1 - self.h)
        return (np.outer(g_h, self.x), g_h,
                np.outer(g_o, self.h), g_o)


def gradients(W1, b1, W2, b2, x, t):
    net = TwoLayerNet(np.asarray(W1, float), np.asarray(b1, float),
                      np.asarray(W2, float), np.asarray(b2, float))
    net.forward(np.asarray(x, float))
    return net.backward(np.asarray(t, float))


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    for g in gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5)):
        print(np.round(g, 6))
