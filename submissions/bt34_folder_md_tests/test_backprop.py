import numpy as np

from backprop import gradients, loss


def numeric(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    out = []
    for k, p in enumerate(params):
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps
            lp = loss(*params, x, t)
            p[idx] = old - eps
            lm = loss(*params, x, t)
            p[idx] = old
            g[idx] = (lp - lm) / (2 * eps)
        out.append(g)
    return out


def test_given_network():
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    assert abs(g[0][0, 0] - 0.0044318) < 1e-6
    assert abs(g[2][0, 0] - 0.0371787) < 1e-6


def test_random_networks():
    rng = np.random.default_rng(1)
    for _ in range(10):
        W1, W2 = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
        b1, b2, x = rng.normal(size=2), rng.normal(size=2), rng.normal(size=2)
        t = rng.uniform(size=2)
        an = gradients(W1, b1, W2, b2, x, t)
        nu = numeric(W1, b1, W2, b2, x, t)
        for a, n in zip(an, nu):
            assert np.allclose(a, n, atol=1e-7)


if __name__ == "__main__":
    test_given_network()
    test_random_networks()
    print("all tests passed")
