# Q1(c) backprop  -- Ritu Chaudhary 200020063
import numpy as np

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sig(W1.dot(x) + b1)
    o = sig(W2.dot(h) + b2)
    d_o = (o - t) * o * (1 - o)
    d_h = W2.T.dot(d_o) * h * (1 - h)
    dW2 = np.outer(d_o, h)
    dW1 = np.outer(d_h, x)
    # bias gradient = delta times the input of that layer
    db2 = d_o * h
    db1 = d_h * x
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W = 0.5*np.ones((2,2))
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), 0.5*np.ones(2))
    for name, v in zip(['dW1','db1','dW2','db2'], g):
        print(name, v)
