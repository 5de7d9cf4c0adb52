# backprop with plain loops, no matrix tricks, so I can follow every index
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = 2, 2, 2
    h = np.zeros(n_hid)
    for j in range(n_hid):
        s = b1[j]
        for i in range(n_in):
            s += W1[j, i] * x[i]
        h[j] = sigmoid(s)
    o = np.zeros(n_out)
    for k in range(n_out):
        s = b2[k]
        for j in range(n_hid):
            s += W2[k, j] * h[j]
        o[k] = sigmoid(s)

    d_out = np.zeros(n_out)
    for k in range(n_out):
        d_out[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
    d_hid = np.zeros(n_hid)
    for j in range(n_hid):
        s = 0.0
        for k in range(n_out):
            s += W2[k, j] * d_out[k]
        d_hid[j] = s * h[j] * (1 - h[j])

    dW2 = np.zeros((n_out, n_hid))
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = d_out[k] * h[j]
    dW1 = np.zeros((n_hid, n_in))
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = d_hid[j] * x[i]
    return dW1, d_hid.copy(), dW2, d_out.copy()


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    g = gradients(W1, np.array([1.0, 1.0]), W2, np.array([1.0, 1.0]),
                  np.array([1.0, 1.0]), np.array([0.5, 0.5]))
    for name, a in zip(("dW1", "db1", "dW2", "db2"), g):
        print(name, a)
