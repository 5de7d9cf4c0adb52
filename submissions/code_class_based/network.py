import numpy as np


class TwoLayerNet:
    """Tiny 2-2-2 sigmoid network; backward() returns the gradients of the squared error."""

    def __init__(self, W1, b1, W2, b2):
        self.W1, self.b1, self.W2, self.b2 = W1, b1, W2, b2

    @staticmethod
    def act(z):
        return 1.0 / (1.0 + np.exp(-z))

    def forward(self, x):
        self.x = x
        self.h = self.act(self.W1.dot(x) + self.b1)
        self.o = self.act(self.W2.dot(self.h) + self.b2)
        return self.o

    def backward(self, t):
        g_o = (self.o - t) * self.o * (1.0 - self.o)
        g_h = self.W2.T.dot(g_o) * self.h * (1.0 - self.h)
        return (np.outer(g_h, self.x), g_h.copy(), np.outer(g_o, self.h), g_o.copy())


def gradients(W1, b1, W2, b2, x, t):
    net = TwoLayerNet(W1, b1, W2, b2)
    net.forward(x)
    return net.backward(t)


if __name__ == "__main__":
    W = np.array([[0.5, 0.5], [0.5, 0.5]])
    print(gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.array([0.5, 0.5])))
