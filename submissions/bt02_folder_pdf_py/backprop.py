"""GNR 638 - Assignment 2, Q1(c)
Backpropagation for the 2-2-2 sigmoid network, squared-error loss
E = 1/2 * sum_k (t_k - o_k)^2.

Convention: row i of W holds the weights INTO unit i, so h = sigmoid(W1 @ x + b1).
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2), the gradients of E w.r.t. each parameter."""
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    h, o = forward(W1, b1, W2, b2, x)
    delta_o = (o - t) * o * (1.0 - o)          # dE/d(net_o)
    delta_h = (W2.T @ delta_o) * h * (1.0 - h)  # dE/d(net_h)

    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2


def numerical_gradients(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [np.array(p, dtype=float) for p in (W1, b1, W2, b2)]

    def loss(ps):
        _, o = forward(ps[0], ps[1], ps[2], ps[3], x)
        return 0.5 * np.sum((t - o) ** 2)

    grads = []
    for k, p in enumerate(params):
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            plus = [q.copy() for q in params]
            minus = [q.copy() for q in params]
            plus[k][idx] += eps
            minus[k][idx] -= eps
            g[idx] = (loss(plus) - loss(minus)) / (2 * eps)
        grads.append(g)
    return tuple(grads)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])

    an = gradients(W1, b1, W2, b2, x, t)
    nu = numerical_gradients(W1, b1, W2, b2, x, t)
    for name, a, n in zip(["dW1", "db1", "dW2", "db2"], an, nu):
        print(name, a.ravel(), "max diff vs numerical:", np.max(np.abs(a - n)))
    print("dE/dw11 =", an[0][0, 0])
    print("dE/dw21 =", an[2][0, 0])
