# Q1 part (c)
# Deepak Yadav 21B080012
import numpy as np


def logistic(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = logistic(np.matmul(W1, x) + b1)
    o = logistic(np.matmul(W2, h) + b2)

    # error at output
    e = t - o
    delta_out = e * o * (1 - o)
    dW2 = np.outer(delta_out, h)
    db2 = delta_out

    # propagate back to hidden
    delta_hid = np.matmul(W2.T, delta_out) * h * (1 - h)
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2


W1 = 0.5 * np.ones((2, 2))
W2 = 0.5 * np.ones((2, 2))
b1 = np.array([1, 1])
b2 = np.array([1, 1])
x = np.array([1, 1])
t = np.array([0.5, 0.5], dtype=float)

if __name__ == "__main__":
    dW1, db1, dW2, db2 = gradients(W1=W1, b1=b1, W2=W2, b2=b2, x=x, t=t)
    print("dE/dw11 :", dW1[0][0])
    print("dE/dw21 :", dW2[0][0])
