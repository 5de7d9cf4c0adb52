"""
GNR 638 - Assignment 2
Vikram Singh, 22B0774

Everything is in this one file. Run `python bw_a2.py` to reproduce the numbers.

Q1 (a) dE/dw11 = 0.0044318     (printed below)
Q1 (b) dE/dw21 = 0.0371787     (printed below)
Q1 (c) function gradients() below

Q2 (a) standard conv        : 1228800 multiplications
Q2 (b) depthwise separable  : 53952 multiplications  (4800 depthwise + 49152 pointwise)

Q3 see poisson_loss() at the bottom.
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = np.zeros(2)
    for i in range(2):
        h[i] = sigmoid(W1[i, 0] * x[0] + W1[i, 1] * x[1] + b1[i])
    o = np.zeros(2)
    for k in range(2):
        o[k] = sigmoid(W2[k, 0] * h[0] + W2[k, 1] * h[1] + b2[k])

    # output layer
    d_o = np.zeros(2)
    for k in range(2):
        d_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
    dW2 = np.zeros((2, 2))
    for k in range(2):
        for j in range(2):
            dW2[k, j] = d_o[k] * h[j]
    db2 = d_o.copy()

    # hidden layer
    d_h = np.zeros(2)
    for j in range(2):
        s = 0.0
        for k in range(2):
            s += W2[k, j] * d_o[k]
        d_h[j] = s * h[j] * (1 - h[j])
    dW1 = np.zeros((2, 2))
    for j in range(2):
        for i in range(2):
            dW1[j, i] = d_h[j] * x[i]
    db1 = d_h.copy()
    return dW1, db1, dW2, db2


# ---------------- Q1 numbers ----------------
W1 = np.full((2, 2), 0.5)
W2 = np.full((2, 2), 0.5)
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("Q1a dE/dw11 =", round(dW1[0, 0], 7))   # 0.0044318
print("Q1b dE/dw21 =", round(dW2[0, 0], 7))   # 0.0371787

# ---------------- Q2 ----------------
H_out, W_out, C_in, C_out, K = 8, 8, 3, 256, 5
standard = H_out * W_out * C_out * K * K * C_in
depthwise = H_out * W_out * C_in * K * K
pointwise = H_out * W_out * C_in * C_out
print("Q2a standard  =", standard)                 # 1228800
print("Q2b separable =", depthwise + pointwise)    # 53952


# ---------------- Q3 ----------------
def poisson_loss(lam, y):
    """
    Q3: output y given x is Poisson with rate lam = network output.
    P(y|x) = lam^y exp(-lam) / y!
    log P  = y log(lam) - lam - log(y!)
    log(y!) is a constant, so the loss for Poisson outputs is
        L = y*log(lam) - lam
    (summed over the training samples)
    """
    return np.sum(y * np.log(lam) - lam)
