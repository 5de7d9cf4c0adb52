"""GNR638 A2 — Q1(c).  Aman Khurana, 21B090017.

Vectorised backprop for the 2-2-2 sigmoid network, plus a finite-difference check.
"""
import numpy as np


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # numerically stable form


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    dz2 = (o - t) * o * (1.0 - o)
    dz1 = (W2.T @ dz2) * h * (1.0 - h)
    return np.outer(dz1, x), dz1, np.outer(dz2, h), dz2


def _E(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


def check(seed=0, eps=1e-6):
    rng = np.random.default_rng(seed)
    P = [rng.normal(size=(2, 2)), rng.normal(size=2), rng.normal(size=(2, 2)), rng.normal(size=2)]
    x, t = rng.normal(size=2), rng.uniform(size=2)
    an = gradients(*P, x, t)
    for p, g in zip(P, an):
        num = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps; ep = _E(*P, x, t)
            p[idx] = old - eps; em = _E(*P, x, t)
            p[idx] = old
            num[idx] = (ep - em) / (2 * eps)
        print(np.max(np.abs(num - g)))


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, np.ones(2), W.copy(), np.ones(2), np.ones(2), np.full(2, 0.5))
    print(f"dE/dw11 = {dW1[0,0]:.7f}, dE/dw21 = {dW2[0,0]:.7f}")
    check()
