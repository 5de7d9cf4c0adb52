"""Q1(c): gradients of E = 0.5*sum((t-o)**2) for a 2-2-2 sigmoid network (loop version)."""
import numpy as np


def sigma(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    n_in, n_hid, n_out = len(x), len(b1), len(b2)
    h = np.zeros(n_hid)
    for i in range(n_hid):
        h[i] = sigma(sum(W1[i, j] * x[j] for j in range(n_in)) + b1[i])
    o = np.zeros(n_out)
    for k in range(n_out):
        o[k] = sigma(sum(W2[k, i] * h[i] for i in range(n_hid)) + b2[k])

    delta_o = np.array([(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)])
    delta_h = np.array([sum(W2[k, i] * delta_o[k] for k in range(n_out)) * h[i] * (1 - h[i])
                        for i in range(n_hid)])

    dW2 = np.zeros((n_out, n_hid))
    for k in range(n_out):
        for i in range(n_hid):
            dW2[k, i] = delta_o[k] * h[i]
    dW1 = np.zeros((n_hid, n_in))
    for i in range(n_hid):
        for j in range(n_in):
            dW1[i, j] = delta_h[i] * x[j]
    return dW1, delta_h.copy(), dW2, delta_o.copy()
