# Q1 (c) backprop code  -- Rakesh Kumar 21D070066
import numpy as np

def sigmoid(v):
    return 1.0/(1.0+np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    err = t - o                      # error at the output
    d_out = err * o * (1 - o)
    d_hid = np.dot(W2.T, d_out) * h * (1 - h)
    dW2 = np.outer(d_out, h)
    dW1 = np.outer(d_hid, x)
    return dW1, d_hid, dW2, d_out

if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]]); W2 = W1.copy()
    dW1, db1, dW2, db2 = gradients(W1, np.array([1., 1.]), W2, np.array([1., 1.]),
                                   np.array([1., 1.]), np.array([0.5, 0.5]))
    print(dW1); print(dW2)
