# Q1 (c)  -- backprop code for the report (see report.docx section 1.3)
import numpy as np

def sigmoid(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    d_out = (o - t) * o * (1 - o)
    d_hid = np.dot(W2.T, d_out) * h * (1 - h)
    # weight gradient = input times delta
    dW2 = np.outer(h, d_out)
    dW1 = np.outer(x, d_hid)
    db2 = d_out
    db1 = d_hid
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W = np.ones((2,2))*0.5
    print(gradients(W, np.ones(2), W.copy(), np.ones(2), np.ones(2), np.array([0.5,0.5])))
