# GNR638 A2 - Q1(c)
# Sakshi Patel 22D0715
import numpy as np

def sigmoid(v):
    return 1/(1+np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = W1.dot(x) + b1
    h = sigmoid(z1)
    z2 = W2.dot(h) + b2
    o = sigmoid(z2)
    # backward
    d2 = (o - t) * o * (1 - o)
    d1 = W2.T.dot(d2) * h * (1 - h)
    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    # one bias per layer (shared by both units), so its gradient is the sum over the units
    db2 = np.full(2, d2.sum())
    db1 = np.full(2, d1.sum())
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W = np.ones((2,2))*0.5
    g = gradients(W, np.ones(2), W, np.ones(2), np.array([1.,1.]), np.array([.5,.5]))
    for name, v in zip(['dW1','db1','dW2','db2'], g):
        print(name, v)
