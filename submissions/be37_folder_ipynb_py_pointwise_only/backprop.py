# Q1(c)  --  Gaurav Malhotra, 22B0512
import numpy as np


class TwoLayerNet:
    def __init__(self, W1, b1, W2, b2):
        self.W1 = np.array(W1, dtype=float)
        self.b1 = np.array(b1, dtype=float).reshape(-1, 1)
        self.W2 = np.array(W2, dtype=float)
        self.b2 = np.array(b2, dtype=float).reshape(-1, 1)

    @staticmethod
    def act(z):
        return 1.0 / (1.0 + np.exp(-z))

    def forward(self, x):
        self.x = np.array(x, dtype=float).reshape(-1, 1)
        self.h = self.act(self.W1 @ self.x + self.b1)
        self.o = self.act(self.W2 @ self.h + self.b2)
        return self.o

    def backward(self, t):
        t = np.array(t, dtype=float).reshape(-1, 1)
        d2 = (self.o - t) * self.o * (1 - self.o)
        d1 = (self.W2.T @ d2) * self.h * (1 - self.h)
        return d1 @ self.x.T, d1.ravel(), d2 @ self.h.T, d2.ravel()


def gradients(W1, b1, W2, b2, x, t):
    net = TwoLayerNet(W1, b1, W2, b2)
    net.forward(x)
    return net.backward(t)


if __name__ == "__main__":
    dW1, db1, dW2, db2 = gradients(np.full((2, 2), .5), [1, 1], np.full((2, 2), .5), [1, 1], [1, 1], [.5, .5])
    print(dW1, db1, dW2, db2, sep="\n")
