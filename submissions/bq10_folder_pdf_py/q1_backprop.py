# GNR638 A2 Q1 part (c)
import numpy as np

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    z1 = W1.dot(x) + b1
    h = sig(z1)
    z2 = W2.dot(h) + b2
    o = sig(z2)

    # backward pass
    e = o - t                         # dE/do
    d2 = e * o * (1 - o)
    dW2 = np.outer(d2, h)
    d1 = W2.T.dot(d2) * h * (1 - h)
    dW1 = np.outer(d1, x)

    # bias gradients
    db2 = e
    db1 = W2.T.dot(e)

    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1., 1.])
    b2 = np.array([1., 1.])
    x = np.array([1., 1.])
    t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    for n, v in zip(['dW1', 'db1', 'dW2', 'db2'], g):
        print(n)
        print(v)
