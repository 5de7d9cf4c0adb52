# GNR 638 A2, Q1(c) -- Nandini Sharma 22B0027
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = _sigmoid(z1)
    z2 = W2 @ h + b2
    o = _sigmoid(z2)
    delta2 = (o - t) * o * (1.0 - o)
    delta1 = (W2.T @ delta2) * h * (1.0 - h)
    return np.outer(delta1, x), delta1, np.outer(delta2, h), delta2


def _fd_check(n=10, seed=1234, eps=1e-6):
    rng = np.random.default_rng(seed)
    worst = 0.0
    for _ in range(n):
        P = [rng.standard_normal((2, 2)), rng.standard_normal(2),
             rng.standard_normal((2, 2)), rng.standard_normal(2)]
        x, t = rng.standard_normal(2), rng.random(2)
        G = gradients(*P, x, t)

        def E():
            o = _sigmoid(P[2] @ _sigmoid(P[0] @ x + P[1]) + P[3])
            return 0.5 * np.sum((t - o) ** 2)

        for p, g in zip(P, G):
            for i in np.ndindex(p.shape):
                old = p[i]
                p[i] = old + eps; ep = E()
                p[i] = old - eps; em = E()
                p[i] = old
                num = (ep - em) / (2 * eps)
                worst = max(worst, abs(num - g[i]) / max(abs(num), 1e-8))
    return worst


print("sanity:", gradients(np.full((2, 2), .5), np.ones(2), np.full((2, 2), .5), np.ones(2),
                           np.ones(2), np.full(2, .5))[2][0, 0])

if __name__ == "__main__":
    print("max rel error:", _fd_check())
