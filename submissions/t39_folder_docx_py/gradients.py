import numpy as np

# Kunal Bose, 210070045, GNR638 assignment 2 Q1(c)

def sigmoid(a):
    return 1 / (1 + np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    err = t - o                      # error at output
    d_out = err * o * (1 - o)
    d_hid = np.dot(W2.T, d_out) * h * (1 - h)
    dW2 = np.outer(d_out, h)
    dW1 = np.outer(d_hid, x)
    return dW1, d_hid, dW2, d_out

if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    dW1, db1, dW2, db2 = gradients(W1, np.array([1., 1.]), W2, np.array([1., 1.]),
                                   np.array([1., 1.]), np.array([0.5, 0.5]))
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
