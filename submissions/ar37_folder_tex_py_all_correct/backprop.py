"""GNR 638 A2 Q1(c) - Gaurav Chatterjee (22B0663)."""
import numpy as np


class TwoLayerNet:
    """2-2-2 sigmoid network, E = 0.5 * sum (t - o)^2."""

    def __init__(self, W1, b1, W2, b2):
        self.W1 = np.array(W1, dtype=float)
        self.b1 = np.array(b1, dtype=float)
        self.W2 = np.array(W2, dtype=float)
        self.b2 = np.array(b2, dtype=float)

    @staticmethod
    def _sigmoid(a):
        return 1.0 / (1.0 + np.exp(-a))

    def forward(self, x):
        self.x = np.array(x, dtype=float)
        self.h = self._sigmoid(self.W1 @ self.x + self.b1)
        self.o = self._sigmoid(self.W2 @ self.h + self.b2)
        return self.o

    def loss(self, x, t):
        return 0.5 * float(np.sum((np.asarray(t, float) - self.forward(x)) ** 2))

    def backward(self, t):
        t = np.asarray(t, dtype=float)
        g_o = (self.o - t) * self.o * (1.0 - self.o)
        g_h = (self.W2.T @ g_o) * self.h * (1.0 - self.h)
        return np.outer(g_h, self.x), g_h, np.outer(g_o, self.h), g_o


def gradients(W1, b1, W2, b2, x, t):
    net = TwoLayerNet(W1, b1, W2, b2)
    net.forward(x)
    return net.backward(t)


def check(trials=5, eps=1e-6, seed=0):
    rng = np.random.default_rng(seed)
    worst = 0.0
    for _ in range(trials):
        params = [rng.normal(size=(2, 2)), rng.normal(size=2), rng.normal(size=(2, 2)), rng.normal(size=2)]
        x, t = rng.uniform(-1, 1, 2), rng.uniform(0, 1, 2)
        grads = gradients(*params, x, t)
        for p, g in zip(params, grads):
            for idx in np.ndindex(p.shape):
                old = p[idx]
                p[idx] = old + eps
                up = TwoLayerNet(*params).loss(x, t)
                p[idx] = old - eps
                down = TwoLayerNet(*params).loss(x, t)
                p[idx] = old
                worst = max(worst, abs((up - down) / (2 * eps) - g[idx]))
    return worst


if __name__ == "__main__":
    half = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(half, [1, 1], half, [1, 1], [1, 1], [0.5, 0.5])
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
    print("max |analytic - numeric| =", check())
