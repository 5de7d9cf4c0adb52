import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Net:
    def __init__(self, W1, b1, W2, b2):
        self.params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}

    def forward(self, x):
        p = self.params
        self.x = x
        self.h = sigmoid(p["W1"] @ x + p["b1"])
        self.o = sigmoid(p["W2"] @ self.h + p["b2"])
        return self.o

    def loss(self, x, t):
        return 0.5 * np.sum((t - self.forward(x)) ** 2)


def backprop(net, x, t):
    o = net.forward(x)
    h = net.h
    d_out = (o - t) * o * (1 - o)
    d_hid = (net.params["W2"].T @ d_out) * h * (1 - h)
    return {
        "W1": np.outer(d_hid, x),
        "b1": d_hid,
        "W2": np.outer(d_out, h),
        "b2": d_out,
    }


def check(net, x, t, eps=1e-6):
    g = backprop(net, x, t)
    num = {}
    for k, P in net.params.items():
        G = np.zeros_like(P)
        for idx in np.ndindex(P.shape):
            old = P[idx]
            P[idx] = old + eps; lp = net.loss(x, t)
            P[idx] = old - eps; lm = net.loss(x, t)
            P[idx] = old
            G[idx] = (lp - lm) / (2 * eps)
        num[k] = G
    return g, num


if __name__ == "__main__":
    net = Net(np.full((2, 2), 0.5), np.ones(2), np.full((2, 2), 0.5), np.ones(2))
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    g, n = check(net, x, t)
    print("backprop  dw11 = %.8f   dw21 = %.8f" % (g["W1"][0, 0], g["W2"][0, 0]))
    print("numerical dw11 = %.8f   dw21 = %.8f" % (n["W1"][0, 0], n["W2"][0, 0]))
