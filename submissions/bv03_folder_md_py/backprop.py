"""GNR 638 - Assignment 2, Q1(c)
Backpropagation for a 2-2-2 network with sigmoid units and squared error.

E = 1/2 * sum_k (t_k - o_k)^2
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return h, o


def loss(W1, b1, W2, b2, x, t):
    _, o = forward(W1, b1, W2, b2, x)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    """Returns (dW1, db1, dW2, db2), gradients of E w.r.t. each parameter."""
    h, o = forward(W1, b1, W2, b2, x)
    # output layer: dE/do * do/dnet
    delta_o = (o - t) * o * (1.0 - o)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    # hidden layer: error sent back through W2
    delta_h = (W2.T @ delta_o) * h * (1.0 - h)
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2


def numerical_gradients(W1, b1, W2, b2, x, t, eps=1e-6):
    params = [W1, b1, W2, b2]
    grads = []
    for p in params:
        g = np.zeros_like(p)
        it = np.nditer(p, flags=["multi_index"])
        for _ in it:
            i = it.multi_index
            old = p[i]
            p[i] = old + eps
            lp = loss(W1, b1, W2, b2, x, t)
            p[i] = old - eps
            lm = loss(W1, b1, W2, b2, x, t)
            p[i] = old
            g[i] = (lp - lm) / (2 * eps)
        grads.append(g)
    return grads


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])

    analytic = gradients(W1, b1, W2, b2, x, t)
    numeric = numerical_gradients(W1, b1, W2, b2, x, t)
    for name, a, n in zip(["dW1", "db1", "dW2", "db2"], analytic, numeric):
        print(name)
        print(a)
        print("max abs diff vs finite differences:", np.max(np.abs(a - n)))
    print("dE/dw11 =", analytic[0][0, 0])
    print("dE/dw21 =", analytic[2][0, 0])
