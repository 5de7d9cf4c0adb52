"""
Tiny MLP (2-2-2, sigmoid everywhere) with manual backprop.
GNR638 A2, question 1(c).
"""
import numpy as np


class TinyMLP:
    def __init__(self, W1, b1, W2, b2):
        self.W1, self.b1, self.W2, self.b2 = W1, b1, W2, b2

    @staticmethod
    def _sig(z):
        return 1.0 / (1.0 + np.exp(-z))

    def forward(self, x):
        self.x = x
        self.h = self._sig(self.W1 @ x + self.b1)
        self.o = self._sig(self.W2 @ self.h + self.b2)
        return self.o

    def loss(self, t):
        return 0.5 * np.sum((t - self.o) ** 2)

    def backward(self, t):
        g_o = (self.o - t) * self.o * (1 - self.o)
        g_h = (self.W2.T @ g_o) * self.h * (1 - self.h)
        return np.outer(g_h, self.x), g_h, np.outer(g_o, self.h), g_o


def gradients(W1, b1, W2, b2, x, t):
    net = TinyMLP(W1, b1, W2, b2)
    net.forward(x)
    return net.backward(t)


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 = %.6g, dE/dw21 = %.6g" % (dW1[0, 0], dW2[0, 0]))

    # finite-difference check on a random network
    W1 = rng.normal(size=(2, 2)); W2 = rng.normal(size=(2, 2))
    b1 = rng.normal(size=2); b2 = rng.normal(size=2)
    x = rng.normal(size=2); t = rng.uniform(size=2)
    g = gradients(W1, b1, W2, b2, x, t)
    params = [W1, b1, W2, b2]
    eps = 1e-6
    worst = 0.0
    for p, gp in zip(params, g):
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps
            net = TinyMLP(W1, b1, W2, b2); net.forward(x); lp = net.loss(t)
            p[idx] = old - eps
            net = TinyMLP(W1, b1, W2, b2); net.forward(x); lm = net.loss(t)
            p[idx] = old
            worst = max(worst, abs((lp - lm) / (2 * eps) - gp[idx]))
    print("max |backprop - finite difference| on random net:", worst)
