"""Finite-difference check of backprop.gradients (run: python test_backprop.py)."""
import numpy as np

from backprop import gradients, loss


def numeric(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    out = []
    for p in params:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps
            up = loss(*params, x, t)
            p[idx] = old - eps
            down = loss(*params, x, t)
            p[idx] = old
            g[idx] = (up - down) / (2 * eps)
        out.append(g)
    return out


def test_given_network():
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2); x = np.ones(2); t = np.full(2, 0.5)
    for a, n in zip(gradients(W1, b1, W2, b2, x, t), numeric(W1, b1, W2, b2, x, t)):
        assert np.allclose(a, n, atol=1e-8)


def test_random_networks():
    rng = np.random.default_rng(638)
    for _ in range(20):
        W1, W2 = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
        b1, b2, x, t = (rng.normal(size=2) for _ in range(4))
        for a, n in zip(gradients(W1, b1, W2, b2, x, t), numeric(W1, b1, W2, b2, x, t)):
            assert np.allclose(a, n, atol=1e-7)


if __name__ == "__main__":
    test_given_network()
    test_random_networks()
    print("all gradient checks passed")
