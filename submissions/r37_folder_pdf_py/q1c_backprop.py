# Q1(c) backprop code - Neha Deshmukh 200070047
import numpy as np

def sig(a):
    return 1/(1+np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    a1 = W1.dot(x) + b1
    h = sig(a1)
    a2 = W2.dot(h) + b2
    o = sig(a2)

    # output layer
    d_out = (o - t) * o * (1 - o)
    dW2 = np.outer(d_out, h)
    db2 = d_out

    # hidden layer
    back = W2.T.dot(d_out)
    d_hid = back * h * (1 - h)
    dW1 = np.outer(d_hid, x)
    db1 = back          # gradient wrt hidden bias

    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W = np.full((2,2), .5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, .5))
    for name, v in zip(['dW1','db1','dW2','db2'], g):
        print(name, v)
