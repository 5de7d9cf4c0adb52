"""Q1(c) GNR638 A2 -- Farhan Qureshi. Backprop for a 2-2-2 sigmoid net."""
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    delta_o = (o - t) * o * (1.0 - o)
    delta_h = np.dot(W2.T, delta_o) * h * (1.0 - h)
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    return dW1, db1, dW2, db2


def loss(W1, b1, W2, b2, x, t):
    o = sigmoid(np.dot(W2, sigmoid(np.dot(W1, x) + b1)) + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = np.array([[0.1, 0.3], [0.2, 0.4]])
    W2 = np.array([[0.5, 0.7], [0.6, 0.8]])
    b1 = np.zeros(2)
    b2 = np.zeros(2)
    x = np.array([1.0, 1.0])
    t = np.array([1.0, 0.0])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
    # finite-difference check
    eps = 1e-6
    worst = 0.0
    for P, G in ((W1, dW1), (b1, db1), (W2, dW2), (b2, db2)):
        for i in np.ndindex(P.shape):
            P[i] += eps; lp = loss(W1, b1, W2, b2, x, t)
            P[i] -= 2 * eps; lm = loss(W1, b1, W2, b2, x, t)
            P[i] += eps
            worst = max(worst, abs((lp - lm) / (2 * eps) - G[i]))
    print("max abs error vs finite differences:", worst)
