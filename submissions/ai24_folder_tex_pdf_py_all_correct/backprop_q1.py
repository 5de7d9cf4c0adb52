import numpy as np

sigmoid = lambda z: 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    return h, sigmoid(W2 @ h + b2)


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2


def numeric(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1, b1, W2, b2]
    grads = []
    for p in params:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps
            ep = 0.5 * np.sum((t - forward(*params, x)[1]) ** 2)
            p[idx] = old - eps
            em = 0.5 * np.sum((t - forward(*params, x)[1]) ** 2)
            p[idx] = old
            g[idx] = (ep - em) / (2 * eps)
        grads.append(g)
    return grads


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2); x = np.ones(2); t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dw11 =", dW1[0, 0], " dw21 =", dW2[0, 0])
    rng = np.random.default_rng(0)
    for _ in range(5):
        args = [rng.normal(size=s) for s in [(2, 2), 2, (2, 2), 2, 2, 2]]
        a = gradients(*args)
        n = numeric(*args)
        print(all(np.allclose(u, v, atol=1e-7) for u, v in zip(a, n)))
