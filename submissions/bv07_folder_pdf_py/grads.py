# Q1 (c) backprop code  -- GNR638 A2
import numpy as np

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    a1 = W1.dot(x) + b1
    h = sig(a1)
    a2 = W2.dot(h) + b2
    o = sig(a2)
    # backward
    d2 = (o - t)*o*(1-o)          # dE/da2
    dW2 = np.outer(d2, h)
    db2 = d2
    back = W2.T.dot(d2)           # dE/dh
    dW1 = np.outer(back*h*(1-h), x)
    db1 = back
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = np.array([[0.5,0.5],[0.5,0.5]])
    W2 = np.array([[0.5,0.5],[0.5,0.5]])
    b1 = np.array([1.,1.]); b2 = np.array([1.,1.])
    x = np.array([1.,1.]); t = np.array([0.5,0.5])
    g = gradients(W1,b1,W2,b2,x,t)
    for n,v in zip(["dW1","db1","dW2","db2"], g):
        print(n, v)
