# Q1(c) backprop - Deepak Yadav 200100031
import numpy as np

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sig(W1.dot(x) + b1)
    o = sig(W2.dot(h) + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = W2.T.dot(d2) * h * (1 - h)
    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    # bias gradients
    db2 = d2 * h
    db1 = d1 * x
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W = np.ones((2,2))*0.5
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.ones(2)*0.5)
    for a in g: print(a)
