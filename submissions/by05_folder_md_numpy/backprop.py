"""GNR638 Assignment 2, Q1(c) -- Nikhil Jain (210070035)

Backpropagation for the 2-2-2 sigmoid network
    h = sigmoid(W1 x + b1),  o = sigmoid(W2 h + b2),  E = 1/2 ||t - o||^2
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dE/dW1, dE/db1, dE/dW2, dE/db2)."""
    # forward pass
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # backward pass
    delta_o = (o - t) * o * (1.0 - o)          # dE/d(net_o)
    delta_h = (W2.T @ delta_o) * h * (1.0 - h)  # dE/d(net_h)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2


def numerical_gradient(f, P, eps=1e-6):
    G = np.zeros_like(P)
    for idx in np.ndindex(P.shape):
        old = P[idx]
        P[idx] = old + eps
        fp = f()
        P[idx] = old - eps
        fm = f()
        P[idx] = old
        G[idx] = (fp - fm) / (2 * eps)
    return G


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])

    def E():
        o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)

    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("backprop  dE/dw11 = %.7f  dE/dw21 = %.7f" % (dW1[0, 0], dW2[0, 0]))
    print("numerical dE/dw11 = %.7f  dE/dw21 = %.7f"
          % (numerical_gradient(E, W1)[0, 0], numerical_gradient(E, W2)[0, 0]))
