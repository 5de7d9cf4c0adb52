"""GNR638 A2 -- Q1 -- Arjun Nair

Running this file prints my answers for (a) and (b):
    dE/dw11 = -0.00443181
    dE/dw21 = -0.03717874

Q2 (a) 1228800   (b) 4800 + 49152 = 53952
Q3  L = sum_i ( lambda_i - y_i * log(lambda_i) )
"""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    err = t - o                       # error signal
    d_out = err * o * (1.0 - o)
    d_hid = (W2.T @ d_out) * h * (1.0 - h)
    return np.outer(d_hid, x), d_hid, np.outer(d_out, h), d_out


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 = %.8f" % dW1[0, 0])
    print("dE/dw21 = %.8f" % dW2[0, 0])
