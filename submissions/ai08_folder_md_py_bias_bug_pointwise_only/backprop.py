import numpy as np

def sig(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sig(W1.dot(x) + b1)
    o = sig(W2.dot(h) + b2)
    err = o - t
    d_out = err * o * (1 - o)
    dW2 = np.outer(d_out, h)
    d_hid = W2.T.dot(d_out) * h * (1 - h)
    dW1 = np.outer(d_hid, x)
    # bias gradients
    db2 = err
    db1 = W2.T.dot(err)
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W1 = np.ones((2,2))*0.5; W2 = np.ones((2,2))*0.5
    g = gradients(W1, np.ones(2), W2, np.ones(2), np.ones(2), np.array([0.5,0.5]))
    print(g[0][0,0], g[2][0,0])
