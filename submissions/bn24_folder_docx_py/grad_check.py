import numpy as np

sigmoid = lambda a: 1.0 / (1.0 + np.exp(-a))


def forward(W1, b1, W2, b2, x):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    g_o = o - t                       # dE/do
    g_z2 = g_o * o * (1.0 - o)        # dE/dz2
    dW2 = g_z2[:, None] * h[None, :]
    db2 = g_z2.copy()
    g_h = W2.T @ g_z2                 # dE/dh
    g_z1 = g_h * h * (1.0 - h)        # dE/dz1
    dW1 = g_z1[:, None] * x[None, :]
    db1 = g_z1.copy()
    return dW1, db1, dW2, db2


def finite_diff(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1, b1, W2, b2]
    grads = []
    for P in params:
        G = np.zeros_like(P, dtype=float)
        for idx in np.ndindex(P.shape):
            orig = P[idx]
            P[idx] = orig + eps
            _, o = forward(W1, b1, W2, b2, x); Ep = 0.5 * np.sum((t - o) ** 2)
            P[idx] = orig - eps
            _, o = forward(W1, b1, W2, b2, x); Em = 0.5 * np.sum((t - o) ** 2)
            P[idx] = orig
            G[idx] = (Ep - Em) / (2 * eps)
        grads.append(G)
    return grads


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.array([0.5, 0.5])
    an = gradients(W1, b1, W2, b2, x, t)
    fd = finite_diff(W1, b1, W2, b2, x, t)
    for name, a, f in zip(["dW1", "db1", "dW2", "db2"], an, fd):
        print(name, a.ravel(), "max diff", np.max(np.abs(a - f)))
