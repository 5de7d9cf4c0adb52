"""
Mohit Yadav 210020078 - GNR638 A2 Q1(c)
gradients() returns (dW1, db1, dW2, db2) for E = 0.5*||t - o||^2
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
    h, o = forward(W1, b1, W2, b2, x)
    delta_o = (o - t) * o * (1 - o)
    delta_h = W2.T.dot(delta_o) * h * (1 - h)
    return np.outer(delta_h, x), delta_h, np.outer(delta_o, h), delta_o


if __name__ == "__main__":
    W1 = np.array([[0.1, 0.2], [0.3, 0.4]])
    W2 = np.array([[0.5, 0.6], [0.7, 0.8]])
    b1 = np.array([0.5, 0.5]); b2 = np.array([0.5, 0.5])
    x = np.array([1.0, 1.0]); t = np.array([1.0, 0.0])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1[0,0] =", dW1[0, 0])
    print("dW2[0,0] =", dW2[0, 0])
    # finite difference check
    e = 1e-6
    W1p = W1.copy(); W1p[0, 0] += e
    print("numerical dW1[0,0] =", (loss(W1p, b1, W2, b2, x, t) - loss(W1, b1, W2, b2, x, t)) / e)
