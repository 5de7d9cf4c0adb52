"""Q1(c) Farhan Qureshi 23M2204"""
import numpy as np


class TwoLayerNet:
    def __init__(self, W1, b1, W2, b2):
        self.W1, self.b1, self.W2, self.b2 = W1, b1, W2, b2

    @staticmethod
    def act(z):
        return 1 / (1 + np.exp(-z))

    def forward(self, x):
        self.x = x
        self.h = self.act(self.W1 @ x + self.b1)
        self.o = self.act(self.W2 @ self.h + self.b2)
        return self.o

    def backward(self, t):
        d_out = (self.o - t) * self.o * (1 - self.o)
        d_hid = (self.W2.T @ d_out) * self.h * (1 - self.h)
        return (np.outer(d_hid, self.x), d_hid,
                np.outer(d_out, self.h), d_out)


def gradients(W1, b1, W2, b2, x, t):
    net = TwoLayerNet(W1, b1, W2, b2)
    net.forward(x)
    return net.backward(t)


def numeric(W1, b1, W2, b2, x, t, eps=1e-5):
    ps = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]

    def E():
        o = TwoLayerNet(*ps).forward(x)
        return 0.5 * ((t - o) ** 2).sum()

    out = []
    for P in ps:
        g = np.zeros_like(P)
        for i in np.ndindex(P.shape):
            v = P[i]
            P[i] = v + eps; a = E()
            P[i] = v - eps; b = E()
            P[i] = v
            g[i] = (a - b) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = np.full((2, 2), .5); W2 = np.full((2, 2), .5)
    b1 = np.ones(2); b2 = np.ones(2); x = np.ones(2); t = np.full(2, .5)
    an = gradients(W1, b1, W2, b2, x, t)
    nu = numeric(W1, b1, W2, b2, x, t)
    for n, a, b in zip(("dW1", "db1", "dW2", "db2"), an, nu):
        print(n, a.round(8), "diff", np.abs(a - b).max())
