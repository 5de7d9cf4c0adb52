import numpy as np


class TwoLayerNet:
    """2-2-2 net, sigmoid everywhere, E = 0.5*||t - o||^2"""

    def __init__(self, W1, b1, W2, b2):
        self.W1, self.b1, self.W2, self.b2 = W1, b1, W2, b2

    @staticmethod
    def sigmoid(z):
        return 1.0 / (1.0 + np.exp(-z))

    def forward(self, x):
        self.x = x
        self.h = self.sigmoid(self.W1 @ x + self.b1)
        self.o = self.sigmoid(self.W2 @ self.h + self.b2)
        return self.o

    def backward(self, t):
        g_o = self.o - t
        g_z2 = g_o * self.o * (1 - self.o)
        dW2 = g_z2[:, None] * self.h[None, :]
        db2 = g_z2
        g_h = self.W2.T @ g_z2
        g_z1 = g_h * self.h * (1 - self.h)
        dW1 = g_z1[:, None] * self.x[None, :]
        db1 = g_z1
        return dW1, db1, dW2, db2


def gradients(W1, b1, W2, b2, x, t):
    net = TwoLayerNet(np.asarray(W1, float), np.asarray(b1, float),
                      np.asarray(W2, float), np.asarray(b2, float))
    net.forward(np.asarray(x, float))
    return net.backward(np.asarray(t, float))
