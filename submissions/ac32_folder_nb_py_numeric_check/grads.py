import numpy as np

sig = lambda v: 1 / (1 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    """returns (dW1, db1, dW2, db2) for E = 1/2 ||t - o||^2"""
    x = np.asarray(x, dtype=float)
    h = sig(W1.dot(x) + b1)
    o = sig(W2.dot(h) + b2)
    g_o = (o - t) * o * (1 - o)          # dE/d(net_o)
    g_h = W2.T.dot(g_o) * h * (1 - h)    # dE/d(net_h)
    return g_h[:, None] * x[None, :], g_h, g_o[:, None] * h[None, :], g_o


def numeric(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(W1, b1, W2, b2):
        o = sig(W2 @ sig(W1 @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)
    params = [W1, b1, W2, b2]
    out = []
    for k, P in enumerate(params):
        G = np.zeros_like(P)
        for idx in np.ndindex(P.shape):
            Pp = P.copy(); Pp[idx] += eps
            Pm = P.copy(); Pm[idx] -= eps
            pp = list(params); pp[k] = Pp
            pm = list(params); pm[k] = Pm
            G[idx] = (E(*pp) - E(*pm)) / (2 * eps)
        out.append(G)
    return out


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    W1, W2 = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
    b1, b2, x, t = rng.normal(size=2), rng.normal(size=2), rng.normal(size=2), rng.random(2)
    for a, n in zip(gradients(W1, b1, W2, b2, x, t), numeric(W1, b1, W2, b2, x, t)):
        print(np.max(np.abs(a - n)))
