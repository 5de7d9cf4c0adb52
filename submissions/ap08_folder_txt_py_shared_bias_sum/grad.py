# Q1 part c  --  Yash Agarwal 200260061
# the question says one bias per layer shared by both units, so the gradient of
# that shared bias is the sum over the units; I return it for both units.
import numpy as np

def sigmoid(a):
    return 1/(1+np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    a1 = W1.dot(x) + b1
    h = sigmoid(a1)
    a2 = W2.dot(h) + b2
    o = sigmoid(a2)

    d2 = (o - t)*o*(1-o)
    d1 = W2.T.dot(d2)*h*(1-h)

    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    # shared bias -> add up the contributions of both units
    db2 = np.full(2, d2.sum())
    db1 = np.full(2, d1.sum())
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W = np.ones((2,2))*0.5
    g = gradients(W, np.ones(2), W.copy(), np.ones(2), np.ones(2), np.ones(2)*0.5)
    for name, arr in zip(['dW1','db1','dW2','db2'], g):
        print(name, arr)
