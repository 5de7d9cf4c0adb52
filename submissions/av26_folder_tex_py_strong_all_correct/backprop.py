"""GNR 638 A2, Q1(c). Aarav Gupta, 21B0412.

gradients(W1, b1, W2, b2, x, t) -> (dW1, db1, dW2, db2)
W[i, j] = weight from unit j (previous layer) to unit i. One bias per unit.
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z)))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=np.float64)
    b1 = np.asarray(b1, dtype=np.float64)
    W2 = np.asarray(W2, dtype=np.float64)
    b2 = np.asarray(b2, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    t = np.asarray(t, dtype=np.float64)
    n_in, n_hid, n_out = x.shape[0], W1.shape[0], W2.shape[0]

    h = np.empty(n_hid)
    for i in range(n_hid):
        h[i] = _sigmoid(sum(W1[i, j] * x[j] for j in range(n_in)) + b1[i])
    o = np.empty(n_out)
    for k in range(n_out):
        o[k] = _sigmoid(sum(W2[k, i] * h[i] for i in range(n_hid)) + b2[k])

    delta2 = np.array([(o[k] - t[k]) * o[k] * (1.0 - o[k]) for k in range(n_out)])
    delta1 = np.array([sum(W2[k, i] * delta2[k] for k in range(n_out)) * h[i] * (1.0 - h[i])
                       for i in range(n_hid)])

    dW2 = np.array([[delta2[k] * h[i] for i in range(n_hid)] for k in range(n_out)])
    dW1 = np.array([[delta1[i] * x[j] for j in range(n_in)] for i in range(n_hid)])
    return dW1, delta1.copy(), dW2, delta2.copy()


def _check(trials=5, eps=1e-6, seed=0):
    rng = np.random.default_rng(seed)

    def E(W1, b1, W2, b2, x, t):
        h = _sigmoid(W1 @ x + b1)
        o = _sigmoid(W2 @ h + b2)
        return np.sum((t - o)**2) / 2

    worst = 0.0
    for _ in range(trials):
        args = [rng.normal(size=(2, 2)), rng.normal(size=2), rng.normal(size=(2, 2)),
                rng.normal(size=2), rng.uniform(-2, 2, 2), rng.uniform(0, 1, 2)]
        analytic = gradients(*args)
        for p, g in zip(range(4), analytic):
            num = np.zeros_like(g)
            for idx in np.ndindex(g.shape):
                a_plus = [a.copy() for a in args]; a_plus[p][idx] += eps
                a_minus = [a.copy() for a in args]; a_minus[p][idx] -= eps
                num[idx] = (E(*a_plus) - E(*a_minus)) / (2 * eps)
            worst = max(worst, np.max(np.abs(num - g) / (np.abs(g) + 1e-12)))
    return worst


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print(f"dE/dw11 = {dW1[0, 0]:.7f}")
    print(f"dE/dw21 = {dW2[0, 0]:.7f}")
    print(f"max rel. error vs finite differences: {_check():.1e}")
