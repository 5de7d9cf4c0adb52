# Q1(c)  --  GNR 638 Assignment 2
# run:  python q1c.py
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    # E = 1/2 sum (t - o)^2  =>  dE/do = o - t
    g2 = (o - t) * o * (1.0 - o)
    g1 = (W2.T @ g2) * h * (1.0 - h)
    dW2 = np.outer(g2, h)
    dW1 = np.outer(g1, x)
    db2 = g2
    db1 = g1
    return dW1, db1, dW2, db2


def finite_diff(f, P, eps=1e-5):
    G = np.zeros_like(P)
    it = np.nditer(P, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = P[i]
        P[i] = old + eps; fp = f()
        P[i] = old - eps; fm = f()
        P[i] = old
        G[i] = (fp - fm) / (2 * eps)
    return G


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2)); W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = 0.5 * np.ones(2)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    E = lambda: 0.5 * np.sum((t - sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)) ** 2)
    print("analytic  dW1[0,0] =", dW1[0, 0], " numeric:", finite_diff(E, W1)[0, 0])
    print("analytic  dW2[0,0] =", dW2[0, 0], " numeric:", finite_diff(E, W2)[0, 0])
