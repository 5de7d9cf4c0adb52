# GNR 638 - Assignment 2
# Harsh Vardhan Tiwari, 22B0038
#
# Everything is in this one file. Run:  python a2_harsh.py
# Written answers are in the comments + the printed output (pasted at the bottom).

import numpy as np


# ---------------------------------------------------------------- Q1 --------
def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    """backprop for h = sig(W1 x + b1), o = sig(W2 h + b2), E = 0.5*sum((t-o)^2)"""
    W1, b1, W2, b2, x, t = (np.array(a, dtype=float) for a in (W1, b1, W2, b2, x, t))
    n_h = W1.shape[0]
    n_o = W2.shape[0]
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)

    dW2 = np.zeros_like(W2)
    db2 = np.zeros_like(b2)
    d_out = np.zeros(n_o)
    for k in range(n_o):
        d_out[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
        db2[k] = d_out[k]
        for j in range(n_h):
            dW2[k, j] = d_out[k] * h[j]

    dW1 = np.zeros_like(W1)
    db1 = np.zeros_like(b1)
    for j in range(n_h):
        s = 0.0
        for k in range(n_o):
            s += d_out[k] * W2[k, j]
        d_hid = s * h[j] * (1 - h[j])
        db1[j] = d_hid
        for i in range(len(x)):
            dW1[j, i] = d_hid * x[i]
    return dW1, db1, dW2, db2


# ---------------------------------------------------------------- Q2 --------
def conv_mults(H, W, Cin, Cout, k):
    Ho, Wo = H - k + 1, W - k + 1
    std = Ho * Wo * Cout * k * k * Cin
    dws = Ho * Wo * Cin * k * k + Ho * Wo * Cin * Cout
    return std, dws


# ---------------------------------------------------------------- Q3 --------
# y|x ~ Poisson(y_pred).  log p(y|x) = y*log(y_pred) - y_pred - log(y!)
# so the loss to MINIMISE is the negative of that; log(y!) is a constant:
#
#     loss = mean( y_pred - y * log(y_pred) )
#
# (this is what torch.nn.PoissonNLLLoss(log_input=False) computes, apart from eps)
def poisson_loss(y_pred, y):
    return np.mean(y_pred - y * np.log(y_pred))


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    ones = np.ones(2)
    dW1, db1, dW2, db2 = gradients(W, ones, W, ones, ones, np.full(2, 0.5))
    print("Q1(a) dE/dw11 =", round(dW1[0, 0], 7))
    print("Q1(b) dE/dw21 =", round(dW2[0, 0], 6))
    s, d = conv_mults(12, 12, 3, 256, 5)
    print("Q2(a) standard conv multiplications =", s)
    print("Q2(b) depthwise separable multiplications =", d)

# Output:
# Q1(a) dE/dw11 = 0.0044318
# Q1(b) dE/dw21 = 0.037179
# Q2(a) standard conv multiplications = 1228800
# Q2(b) depthwise separable multiplications = 53952
