# Q1(c) backprop with explicit loops (no matrix calculus)
# Nandini Rao, 200070055
import math


def sig(z):
    return 1.0 / (1.0 + math.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    import numpy as np
    n_in, n_hid, n_out = len(x), W1.shape[0], W2.shape[0]
    h = [sig(sum(W1[j][i] * x[i] for i in range(n_in)) + b1[j]) for j in range(n_hid)]
    o = [sig(sum(W2[k][j] * h[j] for j in range(n_hid)) + b2[k]) for k in range(n_out)]

    delta_o = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(n_out)]
    delta_h = [sum(W2[k][j] * delta_o[k] for k in range(n_out)) * h[j] * (1 - h[j])
               for j in range(n_hid)]

    dW2 = np.zeros((n_out, n_hid)); db2 = np.zeros(n_out)
    dW1 = np.zeros((n_hid, n_in)); db1 = np.zeros(n_hid)
    for k in range(n_out):
        db2[k] = delta_o[k]
        for j in range(n_hid):
            dW2[k, j] = delta_o[k] * h[j]
    for j in range(n_hid):
        db1[j] = delta_h[j]
        for i in range(n_in):
            dW1[j, i] = delta_h[j] * x[i]
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    import numpy as np
    W = np.full((2, 2), 0.5)
    out = gradients(W, np.ones(2), W.copy(), np.ones(2), np.ones(2), np.full(2, 0.5))
    print(out)
