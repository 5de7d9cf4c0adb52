# Q1 (c)  backpropagation  -- Ritika Jain 22D070050
import numpy as np

sig = lambda z: 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    z1 = W1.dot(x) + b1
    h = sig(z1)
    z2 = W2.dot(h) + b2
    o = sig(z2)
    d2 = (o - t) * o * (1 - o)
    d1 = W2.T.dot(d2) * h * (1 - h)
    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    # bias gradient = delta times the input of that layer
    db2 = d2 * h
    db1 = d1 * x
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W = np.array([[0.5, 0.5], [0.5, 0.5]])
    print(gradients(W, np.ones(2), W.copy(), np.ones(2), np.ones(2), np.array([0.5, 0.5])))
