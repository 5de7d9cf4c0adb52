"""check_grad.py -- compares nn_grad.gradients with central finite differences."""
import numpy as np
from nn_grad import gradients, error


def fd(W1, b1, W2, b2, x, t, h=1e-6):
    ps = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    out = []
    for k, p in enumerate(ps):
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            pp = [q.copy() for q in ps]; pp[k][idx] += h
            pm = [q.copy() for q in ps]; pm[k][idx] -= h
            g[idx] = (error(*pp, x, t) - error(*pm, x, t)) / (2 * h)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    bp = gradients(W1, b1, W2, b2, x, t)
    num = fd(W1, b1, W2, b2, x, t)
    for name, a, b in zip(["dW1", "db1", "dW2", "db2"], bp, num):
        print(f"{name}: backprop {a.ravel()}  fd {b.ravel()}  rel.err {np.max(np.abs(a-b))/np.max(np.abs(b)):.2e}")
    rng = np.random.default_rng(638)
    for trial in range(5):
        args = [rng.normal(size=(2, 2)), rng.normal(size=2), rng.normal(size=(2, 2)),
                rng.normal(size=2), rng.normal(size=2), rng.uniform(size=2)]
        bp = gradients(*args); num = fd(*args)
        print("random net", trial, "max abs err",
              max(np.max(np.abs(a - b)) for a, b in zip(bp, num)))
