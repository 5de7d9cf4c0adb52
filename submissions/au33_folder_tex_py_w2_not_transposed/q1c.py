import numpy as np


def sigma(v):
    return 1/(1+np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2 = map(np.asarray, (W1, b1, W2, b2))
    x, t = np.asarray(x, dtype=float), np.asarray(t, dtype=float)
    h = sigma(W1.dot(x) + b1)
    o = sigma(W2.dot(h) + b2)
    e = (o - t) * o * (1 - o)
    dW2 = np.outer(e, h)
    db2 = e
    eh = W2.dot(e) * h * (1 - h)
    dW1 = np.outer(eh, x)
    db1 = eh
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    half = np.full((2, 2), 0.5)
    for g in gradients(half, np.ones(2), half, np.ones(2), np.ones(2), np.full(2, 0.5)):
        print(np.round(g, 6))
