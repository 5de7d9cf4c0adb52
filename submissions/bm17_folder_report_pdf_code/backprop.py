# Assignment 2 Q1(c)
import numpy as np

def sigmoid(z):
    return 1.0/(1.0+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    a1 = np.dot(W1, x) + b1
    h = sigmoid(a1)
    a2 = np.dot(W2, h) + b2
    o = sigmoid(a2)
    # backward
    err = o - t
    d_out = err * o * (1 - o)
    dW2 = np.outer(h, d_out)      # weight from h_j to o_k
    db2 = d_out
    d_hid = np.dot(W2.T, d_out) * h * (1 - h)
    dW1 = np.outer(x, d_hid)      # weight from x_i to h_j
    db1 = d_hid
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    for n, v in zip(["dW1", "db1", "dW2", "db2"], g):
        print(n, "=", v)
