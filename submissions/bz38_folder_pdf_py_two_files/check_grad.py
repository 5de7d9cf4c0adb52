"""Compare backprop (backprop.gradients) with central finite differences."""
import numpy as np
from backprop import forward, gradients


def error(W1, b1, W2, b2, x, t):
    o = forward(W1, b1, W2, b2, x)["a2"]
    return 0.5 * np.sum((t - o) ** 2)


def numeric(W1, b1, W2, b2, x, t, h=1e-6):
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    out = []
    for p in params:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            keep = p[idx]
            p[idx] = keep + h
            up = error(*params, x, t)
            p[idx] = keep - h
            down = error(*params, x, t)
            p[idx] = keep
            g[idx] = (up - down) / (2 * h)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    bp = gradients(W1, b1, W2, b2, x, t)
    nm = numeric(W1, b1, W2, b2, x, t)
    for name, a, b in zip(("W1", "b1", "W2", "b2"), bp, nm):
        print(f"{name}: backprop {a.ravel()}  numeric {b.ravel()}")
    print("dE/dw11 =", bp[0][0, 0], " dE/dw21 =", bp[2][0, 0])
