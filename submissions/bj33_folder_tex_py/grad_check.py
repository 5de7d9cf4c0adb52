"""grad_check.py  -- GNR638 Assignment 2, Q1(c)
Shreya Gupta (22B0999)

gradients() implements backprop for h = sig(W1 x + b1), o = sig(W2 h + b2),
E = 1/2 ||t - o||^2. numeric_gradients() is a central-difference check.
"""
import numpy as np


class TwoLayerNet:
    def __init__(self, W1, b1, W2, b2):
        self.W1 = np.array(W1, dtype=float)
        self.b1 = np.array(b1, dtype=float)
        self.W2 = np.array(W2, dtype=float)
        self.b2 = np.array(b2, dtype=float)

    @staticmethod
    def _sig(z):
        return 1.0 / (1.0 + np.exp(-z))

    def forward(self, x):
        self.x = np.asarray(x, dtype=float)
        self.h = self._sig(self.W1 @ self.x + self.b1)
        self.o = self._sig(self.W2 @ self.h + self.b2)
        return self.o

    def loss(self, x, t):
        o = self.forward(x)
        return 0.5 * float(np.sum((np.asarray(t) - o) ** 2))

    def backward(self, t):
        t = np.asarray(t, dtype=float)
        d2 = (self.o - t) * self.o * (1.0 - self.o)
        d1 = (self.W2.T @ d2) * self.h * (1.0 - self.h)
        return np.outer(d1, self.x), d1, np.outer(d2, self.h), d2


def gradients(W1, b1, W2, b2, x, t):
    net = TwoLayerNet(W1, b1, W2, b2)
    net.forward(x)
    return net.backward(t)


def numeric_gradients(W1, b1, W2, b2, x, t, eps=1e-5):
    params = [np.array(p, dtype=float) for p in (W1, b1, W2, b2)]
    out = []
    for k, p in enumerate(params):
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            orig = p[idx]
            p[idx] = orig + eps
            lp = TwoLayerNet(*params).loss(x, t)
            p[idx] = orig - eps
            lm = TwoLayerNet(*params).loss(x, t)
            p[idx] = orig
            g[idx] = (lp - lm) / (2 * eps)
        out.append(g)
    return tuple(out)


if __name__ == "__main__":
    args = (np.full((2, 2), .5), np.ones(2), np.full((2, 2), .5), np.ones(2),
            np.ones(2), np.full(2, .5))
    an = gradients(*args)
    nu = numeric_gradients(*args)
    for name, a, n in zip(("dW1", "db1", "dW2", "db2"), an, nu):
        print(f"{name}: analytic={a.ravel()}  numeric={n.ravel()}  maxdiff={abs(a-n).max():.2e}")
