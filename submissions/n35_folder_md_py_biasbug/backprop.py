import numpy as np

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    a1 = W1.dot(x) + b1
    h = sig(a1)
    a2 = W2.dot(h) + b2
    o = sig(a2)
    d2 = (o - t) * o * (1 - o)
    d1 = W2.T.dot(d2) * h * (1 - h)
    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    # bias gradients
    db2 = d2 * h
    db1 = d1 * x
    return dW1, db1, dW2, db2

# quick check with the assignment values
if __name__ == '__main__':
    W = np.full((2,2), .5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.array([1.,1.]), np.array([.5,.5]))
    for name, v in zip(['dW1','db1','dW2','db2'], g):
        print(name, v)
