import numpy as np

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = W1.dot(x) + b1
    h = sig(z1)
    z2 = W2.dot(h) + b2
    o = sig(z2)
    # backward
    delta2 = (o - t)*o*(1-o)
    delta1 = W2.T.dot(delta2)*h*(1-h)
    dW2 = np.outer(h, delta2)
    db2 = delta2
    dW1 = np.outer(x, delta1)
    db1 = delta1
    return dW1, db1, dW2, db2

W1 = np.array([[0.5,0.5],[0.5,0.5]])
W2 = np.array([[0.5,0.5],[0.5,0.5]])
b1 = np.array([1.0,1.0])
b2 = np.array([1.0,1.0])
x = np.array([1.0,1.0])
t = np.array([0.5,0.5])
g = gradients(W1,b1,W2,b2,x,t)
print("dW1 =", g[0])
print("dW2 =", g[2])
