import numpy as np

sigma = lambda z: 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    h = sigma(W1 @ x + b1)
    o = sigma(W2 @ h + b2)
    dz2 = (o - t) * o * (1 - o)
    dz1 = (W2.T @ dz2) * h * (1 - h)
    dW1 = dz1[:, None] * x[None, :]
    dW2 = dz2[:, None] * h[None, :]
    return dW1, dz1.copy(), dW2, dz2.copy()
