import numpy as np

sig = lambda z: 1.0 / (1.0 + np.exp(-z))


def energy(W1, b1, W2, b2, x, t):
    o = sig(W2.dot(sig(W1.dot(x) + b1)) + b2)
    return 0.5 * ((t - o) ** 2).sum()


def gradients(W1, b1, W2, b2, x, t):
    # forward
    a1 = W1.dot(x) + b1
    h = sig(a1)
    a2 = W2.dot(h) + b2
    o = sig(a2)
    # backward
    dE_do = o - t
    dE_da2 = dE_do * o * (1.0 - o)
    dE_dh = W2.T.dot(dE_da2)
    dE_da1 = dE_dh * h * (1.0 - h)
    return np.outer(dE_da1, x), dE_da1.copy(), np.outer(dE_da2, h), dE_da2.copy()


def numeric(W1, b1, W2, b2, x, t, eps=1e-5):
    ps = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    out = []
    for k in range(4):
        g = np.zeros_like(ps[k])
        for idx in np.ndindex(ps[k].shape):
            save = ps[k][idx]
            ps[k][idx] = save + eps
            ep = energy(*ps, x, t)
            ps[k][idx] = save - eps
            em = energy(*ps, x, t)
            ps[k][idx] = save
            g[idx] = (ep - em) / (2 * eps)
        out.append(g)
    return out


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2)); W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = 0.5 * np.ones(2)
    A = gradients(W1, b1, W2, b2, x, t)
    N = numeric(W1, b1, W2, b2, x, t)
    print("analytic dW1[0,0] = %.8f   numeric = %.8f" % (A[0][0, 0], N[0][0, 0]))
    print("analytic dW2[0,0] = %.8f   numeric = %.8f" % (A[2][0, 0], N[2][0, 0]))
    rel = max(np.max(np.abs(a - n) / (np.abs(a) + np.abs(n) + 1e-12)) for a, n in zip(A, N))
    print("max relative error over all params: %.1e" % rel)
