# Q1(c)  -- Aarav Mishra 22B0417
import numpy as np

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sig(W1.dot(x) + b1)
    o = sig(W2.dot(h) + b2)
    err_o = (o - t) * o * (1 - o)          # output error
    err_h = W2.T.dot(err_o)                # error sent back to hidden layer
    dW2 = np.outer(err_o, h)
    db2 = err_o
    dW1 = np.outer(err_h * h * (1 - h), x)
    db1 = err_h
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W = np.ones((2,2))*0.5
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.ones(2)*0.5)
    for name, v in zip(['dW1','db1','dW2','db2'], g):
        print(name, v)
