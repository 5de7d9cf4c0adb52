"""GNR 638 A2, Aufgabe 1(c) -- Lukas Hoffmann."""
import numpy as np


def _sigma(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradienten von E = 1/2 * sum((t - o)**2) fuer das 2-2-2 Netz.

    Rueckgabe: (dW1, db1, dW2, db2)
    """
    h = _sigma(W1 @ x + b1)
    o = _sigma(W2 @ h + b2)

    dE_do = o - t
    delta_o = dE_do * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)

    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)
    return dW1, delta_h, dW2, delta_o


def _finite_diff(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(W1, b1, W2, b2):
        o = _sigma(W2 @ _sigma(W1 @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)

    out = []
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    for k, p in enumerate(params):
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            plus = [q.copy() for q in params]
            minus = [q.copy() for q in params]
            plus[k][idx] += eps
            minus[k][idx] -= eps
            g[idx] = (E(*plus) - E(*minus)) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    ana = gradients(W1, b1, W2, b2, x, t)
    num = _finite_diff(W1, b1, W2, b2, x, t)
    for name, a, n in zip(["dW1", "db1", "dW2", "db2"], ana, num):
        print(name, a.ravel(), "max diff", np.abs(a - n).max())
