# Assignment 2 - only did Q1 for now, sorry, will try to submit Q2/Q3 late
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    do = (o - t) * o * (1 - o)
    dh = (W2.T @ do) * h * (1 - h)
    return np.outer(dh, x), dh, np.outer(do, h), do


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)

# (a) dE/dw11 -> 0.00443
# (b) dE/dw21 -> 0.0372
print("a)", round(dW1[0, 0], 5))
print("b)", round(dW2[0, 0], 4))

# numerical check
eps = 1e-5
def E(W1_, W2_):
    o = sigmoid(W2_ @ sigmoid(W1_ @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)
Wp = W1.copy(); Wp[0, 0] += eps
Wm = W1.copy(); Wm[0, 0] -= eps
print("numerical dw11:", (E(Wp, W2) - E(Wm, W2)) / (2 * eps))
