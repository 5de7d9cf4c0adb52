import numpy as np


def _sig(a):
    return 1.0 / (1.0 + np.exp(-a))


def forward(W1, b1, W2, b2, x):
    h = _sig(np.dot(W1, x) + b1)
    o = _sig(np.dot(W2, h) + b2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 1/2 ||t - o||^2 w.r.t. W1, b1, W2, b2 (same shapes)."""
    W1 = np.asarray(W1, float); b1 = np.asarray(b1, float)
    W2 = np.asarray(W2, float); b2 = np.asarray(b2, float)
    x = np.asarray(x, float); t = np.asarray(t, float)
    h, o = forward(W1, b1, W2, b2, x)
    g_o = (o - t) * o * (1.0 - o)              # dE/d(net_o)
    g_h = W2.T.dot(g_o) * h * (1.0 - h)        # dE/d(net_h)
    dW2 = g_o[:, None] * h[None, :]
    dW1 = g_h[:, None] * x[None, :]
    return dW1, g_h.copy(), dW2, g_o.copy()


def numerical_gradients(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [np.array(p, float) for p in (W1, b1, W2, b2)]
    x = np.asarray(x, float); t = np.asarray(t, float)

    def E(ps):
        _, o = forward(*ps, x)
        return 0.5 * float(np.dot(t - o, t - o))

    grads = []
    for p in params:
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps; ep = E(params)
            p[idx] = old - eps; em = E(params)
            p[idx] = old
            g[idx] = (ep - em) / (2 * eps)
        grads.append(g)
    return tuple(grads)
