"""GNR638 A2 Q1 - forward/backward for my own 2-2-2 network + finite-difference check.
Vikram Choudhary 22B1281
"""
import numpy as np

sig = lambda z: 1.0 / (1.0 + np.exp(-z))


def net(W, b1, V, b2, x):
    h = sig(W @ x + b1)
    o = sig(V @ h + b2)
    return h, o


def err(W, b1, V, b2, x, t):
    return 0.5 * np.sum((t - o_of(W, b1, V, b2, x)) ** 2)


def o_of(W, b1, V, b2, x):
    return net(W, b1, V, b2, x)[1]


def compute_grads(W, b1, V, b2, x, t):
    """returns dE/dW, dE/dV (weights only, the biases are fixed scalars here)"""
    h, o = net(W, b1, V, b2, x)
    do = (o - t) * o * (1 - o)
    dh = (V.T @ do) * h * (1 - h)
    return np.outer(dh, x), np.outer(do, h)


def fd(W, b1, V, b2, x, t, eps=1e-6):
    gW = np.zeros_like(W)
    gV = np.zeros_like(V)
    for M, G in ((W, gW), (V, gV)):
        for i in range(2):
            for j in range(2):
                M[i, j] += eps
                up = err(W, b1, V, b2, x, t)
                M[i, j] -= 2 * eps
                dn = err(W, b1, V, b2, x, t)
                M[i, j] += eps
                G[i, j] = (up - dn) / (2 * eps)
    return gW, gV


if __name__ == "__main__":
    W = np.array([[0.15, 0.25], [0.20, 0.30]])
    V = np.array([[0.40, 0.50], [0.45, 0.55]])
    b1, b2 = 0.35, 0.60
    x = np.array([1.0, 1.0])
    t = np.array([0.01, 0.99])
    gW, gV = compute_grads(W, b1, V, b2, x, t)
    nW, nV = fd(W, b1, V, b2, x, t)
    np.set_printoptions(precision=6, suppress=True)
    print("backprop dE/dW\n", gW, "\nbackprop dE/dV\n", gV)
    print("max diff W:", np.abs(gW - nW).max(), " V:", np.abs(gV - nV).max())
