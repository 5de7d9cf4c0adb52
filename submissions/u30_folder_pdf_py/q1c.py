import numpy as np

def sig(a):
    return 1/(1+np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    z1 = W1.dot(x) + b1
    h = sig(z1)
    z2 = W2.dot(h) + b2
    o = sig(z2)
    d2 = (o - t) * o * (1 - o)
    dW2 = np.outer(d2, h)
    db2 = d2
    back = W2.T.dot(d2)
    dW1 = np.outer(back * h * (1 - h), x)
    db1 = back
    return dW1, db1, dW2, db2
