"""
GNR638 Assignment 2 - Q1
Kavya Srinivasan (21D070047)

Backprop for a 2-2-2 network with sigmoid activations, checked against
the analytic formula and against finite differences.
"""
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


class TwoLayerNet:
    def __init__(self, W1, b1, W2, b2):
        self.W1, self.b1, self.W2, self.b2 = W1, b1, W2, b2

    def forward(self, x):
        self.x = x
        self.h = sigmoid(self.W1 @ x + self.b1)
        self.o = sigmoid(self.W2 @ self.h + self.b2)
        return self.o

    def loss(self, x, t):
        o = self.forward(x)
        return 0.5 * np.sum((t - o) ** 2)


def backprop(net, x, t):
    o = net.forward(x)
    h = net.h
    d_out = (o - t) * o * (1 - o)
    d_hid = (net.W2.T @ d_out) * h * (1 - h)
    return {
        "W1": np.outer(d_hid, x),
        "b1": d_hid,
        "W2": np.outer(d_out, h),
        "b2": d_out,
    }


def analytic_w11_w21(net, x, t):
    o = net.forward(x)
    h = net.h
    W2 = net.W2
    dw21 = (o[0] - t[0]) * o[0] * (1 - o[0]) * h[0]
    dw11 = ((o[0] - t[0]) * o[0] * (1 - o[0]) * W2[0, 0]
            + (o[1] - t[1]) * o[1] * (1 - o[1]) * W2[1, 0]) * h[0] * (1 - h[0]) * x[0]
    return dw11, dw21


def finite_diff(net, x, t, name, idx, eps=1e-5):
    P = getattr(net, name)
    old = P[idx]
    P[idx] = old + eps
    lp = net.loss(x, t)
    P[idx] = old - eps
    lm = net.loss(x, t)
    P[idx] = old
    return (lp - lm) / (2 * eps)


if __name__ == "__main__":
    net = TwoLayerNet(np.full((2, 2), 0.5), np.ones(2), np.full((2, 2), 0.5), np.ones(2))
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    g = backprop(net, x, t)
    a11, a21 = analytic_w11_w21(net, x, t)
    print("              backprop      analytic      finite-diff")
    print("dE/dw11  %12.8f  %12.8f  %12.8f" % (g["W1"][0, 0], a11, finite_diff(net, x, t, "W1", (0, 0))))
    print("dE/dw21  %12.8f  %12.8f  %12.8f" % (g["W2"][0, 0], a21, finite_diff(net, x, t, "W2", (0, 0))))
