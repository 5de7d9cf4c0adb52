import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    do = (o - t) * o * (1 - o)
    dh = (W2.T @ do) * h * (1 - h)
    return np.outer(dh, x), dh, np.outer(do, h), do


def loss(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * ((t - o) ** 2).sum()


def fd_check(W1, b1, W2, b2, x, t, eps=1e-5):
    ps = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    an = gradients(*ps, x, t)
    worst = 0.0
    for k, p in enumerate(ps):
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps
            fp = loss(*ps, x, t)
            p[idx] = old - eps
            fm = loss(*ps, x, t)
            p[idx] = old
            worst = max(worst, abs((fp - fm) / (2 * eps) - an[k][idx]))
    return worst


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1:\n", dW1)
    print("dW2:\n", dW2)
    print("max fd error:", fd_check(W1, b1, W2, b2, x, t))
    rng = np.random.default_rng(0)
    for _ in range(3):
        args = [rng.normal(size=s) for s in [(2, 2), (2,), (2, 2), (2,), (2,), (2,)]]
        print("random net, max fd error:", fd_check(*args))
