"""Q1(c) -- backpropagation for the 2-2-2 sigmoid network (Anirudh Iyer, 200070010)."""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    g_o = o - t                          # dE/do
    g_zo = g_o * o * (1 - o)             # dE/dz2
    dW2 = g_zo[:, None] * h[None, :]
    db2 = g_zo.copy()
    g_h = W2.T @ g_zo                    # dE/dh
    g_zh = g_h * h * (1 - h)             # dE/dz1
    dW1 = g_zh[:, None] * x[None, :]
    db1 = g_zh.copy()
    return dW1, db1, dW2, db2


def numeric(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(W1, b1, W2, b2):
        _, o = forward(W1, b1, W2, b2, x)
        return 0.5 * np.sum((t - o) ** 2)
    out = []
    params = [W1, b1, W2, b2]
    for p in params:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps; ep = E(*params)
            p[idx] = old - eps; em = E(*params)
            p[idx] = old
            g[idx] = (ep - em) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    an = gradients(W1, b1, W2, b2, x, t)
    nu = numeric(W1, b1, W2, b2, x, t)
    for name, a, n in zip(["dW1", "db1", "dW2", "db2"], an, nu):
        print(name, "max abs diff:", np.max(np.abs(a - n)))
    print("dE/dw11 =", an[0][0, 0], " dE/dw21 =", an[2][0, 0])
