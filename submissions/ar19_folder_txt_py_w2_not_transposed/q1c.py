import numpy as np

def sigmoid(a):
    return 1/(1 + np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2, x, t = map(np.asarray, (W1, b1, W2, b2, x, t))
    a1 = W1.dot(x) + b1
    h = sigmoid(a1)
    a2 = W2.dot(h) + b2
    o = sigmoid(a2)

    d2 = (o - t) * o * (1 - o)          # dE/da2
    d1 = W2.dot(d2) * h * (1 - h)       # dE/da1
    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    return dW1, d1, dW2, d2

if __name__ == '__main__':
    W = np.array([[.5, .5], [.5, .5]])
    dW1, db1, dW2, db2 = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.array([.5, .5]))
    print('dE/dw11 =', dW1[0, 0])
    print('dE/dw21 =', dW2[0, 0])
