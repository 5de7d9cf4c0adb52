# gradients.py  (GNR638 A2, Q1c)  Arnav Kulshreshtha 210070014
import numpy as np

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 0.5*||t - o||^2."""
    h = sigmoid(np.einsum('ij,j->i', W1, x) + b1)
    o = sigmoid(np.einsum('ij,j->i', W2, h) + b2)
    g_o = (o - t) * o * (1.0 - o)
    g_h = np.einsum('ki,k->i', W2, g_o) * h * (1.0 - h)
    return (np.einsum('i,j->ij', g_h, x), g_h,
            np.einsum('i,j->ij', g_o, h), g_o)

def numerical(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(p):
        h = sigmoid(p[0] @ x + p[1]); o = sigmoid(p[2] @ h + p[3])
        return 0.5 * np.sum((t - o) ** 2)
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    out = []
    for p in params:
        g = np.zeros_like(p)
        it = np.nditer(p, flags=['multi_index'])
        for _ in it:
            i = it.multi_index; v = p[i]
            p[i] = v + eps; a = E(params)
            p[i] = v - eps; b = E(params)
            p[i] = v; g[i] = (a - b) / (2 * eps)
        out.append(g)
    return out

if __name__ == '__main__':
    rng = np.random.default_rng(0)
    for trial in range(3):
        W1, W2 = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
        b1, b2, x, t = rng.normal(size=2), rng.normal(size=2), rng.normal(size=2), rng.random(2)
        an = gradients(W1, b1, W2, b2, x, t); nu = numerical(W1, b1, W2, b2, x, t)
        print(trial, max(np.max(np.abs(a - n)) for a, n in zip(an, nu)))
    W = np.full((2, 2), 0.5)
    dW1, db1, dW2, db2 = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print(dW1[0, 0], dW2[0, 0])
