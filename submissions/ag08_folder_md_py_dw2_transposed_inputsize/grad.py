import numpy as np

def sigmoid(a):
    return 1/(1+np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)
    d_out = (o - t) * o * (1 - o)
    d_hid = W2.T.dot(d_out) * h * (1 - h)
    dW2 = np.outer(h, d_out)
    db2 = d_out
    dW1 = np.outer(x, d_hid)
    db1 = d_hid
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print("dw11", g[0][0, 0], "dw21", g[2][0, 0])
