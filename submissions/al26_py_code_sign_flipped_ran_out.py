# Q1 of assignment 2 (GNR638)  -  Yash Thakkar
# ran out of time, only Q1 is done. Sorry.
#
# my hand results (same as code prints):
#   (a) dE/dw11 = -0.00443
#   (b) dE/dw21 = -0.03718

import numpy as np

def sig(z):
    return 1 / (1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sig(np.dot(W1, x) + b1)
    o = sig(np.dot(W2, h) + b2)
    err = t - o                      # error signal
    d2 = err * o * (1 - o)
    d1 = np.dot(W2.T, d2) * h * (1 - h)
    dW2 = np.zeros((2, 2))
    dW1 = np.zeros((2, 2))
    for i in range(2):
        for j in range(2):
            dW2[i, j] = d2[i] * h[j]
            dW1[i, j] = d1[i] * x[j]
    return dW1, d1, dW2, d2

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dE/dw11:", round(dW1[0, 0], 5))
print("dE/dw21:", round(dW2[0, 0], 5))
