"""Q1(c): backprop vs analytic gradient for the 2-2-2 network."""
import numpy as np

sigmoid = lambda z: 1.0 / (1.0 + np.exp(-z))


def compute_grads(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_out = (o - t) * o * (1.0 - o)
    d_hid = (W2.T @ d_out) * h * (1.0 - h)
    return np.outer(d_hid, x), d_hid, np.outer(d_out, h), d_out


def analytic_dw11_dw21(w, b, x, t):
    """closed form for the all-equal-weights case (my hand formula)"""
    h = sigmoid(2 * w * x + b)
    o = sigmoid(2 * w * h + b)
    d = (o - t) * o * (1 - o)
    return 2 * w * d * h * (1 - h) * x, d * h


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    x = np.ones(2)
    t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = compute_grads(W, b, W, b, x, t)
    a11, a21 = analytic_dw11_dw21(0.5, 1.0, 1.0, 0.5)
    print("backprop  dw11 = %.7f  dw21 = %.7f" % (dW1[0, 0], dW2[0, 0]))
    print("analytic  dw11 = %.7f  dw21 = %.7f" % (a11, a21))
