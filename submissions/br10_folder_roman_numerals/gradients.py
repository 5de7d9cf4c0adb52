# GNR638 A2 - Q1 part (iii): backprop code
# the network has one bias per layer (b1 shared by both hidden units, b2 shared by both outputs)
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
    d2 = (o - t)*o*(1-o)
    dW2 = np.outer(d2, h)
    d1 = W2.T.dot(d2)*h*(1-h)
    dW1 = np.outer(d1, x)
    # shared bias -> gradient is the sum over the units of the layer
    db2 = np.sum(d2)*np.ones_like(b2)
    db1 = np.sum(d1)*np.ones_like(b1)
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W = np.ones((2,2))*0.5
    g = gradients(W, np.array([1.,1.]), W, np.array([1.,1.]), np.array([1.,1.]), np.array([.5,.5]))
    print("dE/dw11 =", g[0][0,0])
    print("dE/dw21 =", g[2][0,0])
