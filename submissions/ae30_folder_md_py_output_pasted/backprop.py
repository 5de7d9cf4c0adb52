import numpy as np


def gradients(W1, b1, W2, b2, x, t):
    s = lambda a: 1.0 / (1.0 + np.exp(-a))
    h = s(W1.dot(x) + b1)
    o = s(W2.dot(h) + b2)
    e2 = (o - t) * o * (1.0 - o)
    e1 = W2.T.dot(e2) * h * (1.0 - h)
    return np.outer(e1, x), e1, np.outer(e2, h), e2


def _loss(W1, b1, W2, b2, x, t):
    s = lambda a: 1.0 / (1.0 + np.exp(-a))
    o = s(W2.dot(s(W1.dot(x) + b1)) + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = W1.copy()
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =\n", dW1, sep="")
    print("db1 =", db1)
    print("dW2 =\n", dW2, sep="")
    print("db2 =", db2)
    eps, err = 1e-6, 0.0
    for M, G in ((W1, dW1), (W2, dW2)):
        for i in range(2):
            for j in range(2):
                Mp = M.copy(); Mm = M.copy()
                Mp[i, j] += eps; Mm[i, j] -= eps
                args_p = (Mp, b1, W2, b2, x, t) if M is W1 else (W1, b1, Mp, b2, x, t)
                args_m = (Mm, b1, W2, b2, x, t) if M is W1 else (W1, b1, Mm, b2, x, t)
                fd = (_loss(*args_p) - _loss(*args_m)) / (2 * eps)
                err = max(err, abs(fd - G[i, j]))
    print(f"finite-difference max error: {err:.1e}")
