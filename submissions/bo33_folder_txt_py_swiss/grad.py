"""Q1 c) -- small 2-2-2 MLP with manual backprop (Jonas Keller)."""
import numpy as np


class TinyMLP:
    def __init__(self, W1, b1, W2, b2):
        self.W1 = np.asarray(W1, dtype=float)
        self.b1 = np.asarray(b1, dtype=float)
        self.W2 = np.asarray(W2, dtype=float)
        self.b2 = np.asarray(b2, dtype=float)

    @staticmethod
    def _sigmoid(z):
        return 1.0 / (1.0 + np.exp(-z))

    def forward(self, x):
        self.x = np.asarray(x, dtype=float)
        self.h = self._sigmoid(self.W1 @ self.x + self.b1)
        self.o = self._sigmoid(self.W2 @ self.h + self.b2)
        return self.o

    def backward(self, t):
        t = np.asarray(t, dtype=float)
        g_o = (self.o - t) * self.o * (1.0 - self.o)
        g_h = (self.W2.T @ g_o) * self.h * (1.0 - self.h)
        return np.outer(g_h, self.x), g_h, np.outer(g_o, self.h), g_o


def gradients(W1, b1, W2, b2, x, t):
    net = TinyMLP(W1, b1, W2, b2)
    net.forward(x)
    return net.backward(t)


def _check(trials=100, eps=1e-6, seed=0):
    rng = np.random.default_rng(seed)

    def E(W1, b1, W2, b2, x, t):
        return 0.5 * np.sum((t - TinyMLP(W1, b1, W2, b2).forward(x)) ** 2)

    worst = 0.0
    for _ in range(trials):
        P = [rng.normal(size=(2, 2)), rng.normal(size=2), rng.normal(size=(2, 2)), rng.normal(size=2)]
        x, t = rng.normal(size=2), rng.uniform(size=2)
        G = gradients(*P, x, t)
        for p, g in zip(P, G):
            for i in np.ndindex(p.shape):
                p0 = p[i]
                p[i] = p0 + eps; ep = E(*P, x, t)
                p[i] = p0 - eps; em = E(*P, x, t)
                p[i] = p0
                worst = max(worst, abs((ep - em) / (2 * eps) - g[i]))
    return worst


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, [1, 1], W, [1, 1], [1, 1], [0.5, 0.5])
    print("dE/dw11 =", round(dW1[0, 0], 6), " dE/dw21 =", round(dW2[0, 0], 6))
    print("max FD error over random nets:", _check())
