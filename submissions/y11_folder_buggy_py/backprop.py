# GNR638 assignment 2 Q1 part c
# Sneha Gupta 21D070090
import numpy as np

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = np.dot(W1, x) + b1
    h = sig(z1)
    z2 = np.dot(W2, h) + b2
    o = sig(z2)
    # backward
    d_out = (o - t) * o * (1 - o)
    dW2 = np.outer(d_out, h)
    db2 = d_out
    d_hid = np.dot(W2, d_out) * h * (1 - h)   # error sent back to hidden layer
    dW1 = np.outer(d_hid, x)
    db1 = d_hid
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1., 1.])
    b2 = np.array([1., 1.])
    x = np.array([1., 1.])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print('dW1 =', dW1)
    print('dW2 =', dW2)
    print('db1 =', db1, 'db2 =', db2)
