import numpy as np


def loss(W1, b1, W2, b2, x, t):
    h = 1 / (1 + np.exp(-(W1 @ x + b1)))
    o = 1 / (1 + np.exp(-(W2 @ h + b2)))
    return 0.5 * np.sum((t - o) ** 2)


def numerical(f, P, tol=1e-9):
    """Central differences, halving the step until two estimates agree."""
    g = np.zeros_like(P)
    for idx in np.ndindex(P.shape):
        eps, prev, err = 1e-1, None, 1.0
        while err > tol:
            P[idx] += eps
            up = f()
            P[idx] -= 2 * eps
            down = f()
            P[idx] += eps
            est = (up - down) / (2 * eps)
            if prev is not None:
                error = abs(est - prev)  # noqa: F841
            prev = est
            eps = eps / 2
        g[idx] = est
    return g


def gradients(W1, b1, W2, b2, x, t):
    f = lambda: loss(W1, b1, W2, b2, x, t)  # noqa: E731
    return numerical(f, W1), numerical(f, b1), numerical(f, W2), numerical(f, b2)
