# Neha Bansal 22B1633 - GNR638 A2 Q1(c)
import numpy as np

def sig(z):
    return 1.0/(1.0+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sig(np.dot(W1, x) + b1)
    o = sig(np.dot(W2, h) + b2)
    # error signal
    e_out = (t - o) * o * (1 - o)
    e_hid = np.dot(W2.T, e_out) * h * (1 - h)
    dW2 = np.outer(e_out, h)
    db2 = e_out
    dW1 = np.outer(e_hid, x)
    db1 = e_hid
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W1 = 0.5*np.ones((2,2)); W2 = 0.5*np.ones((2,2))
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.,1.]); t = np.array([.5,.5])
    g = gradients(W1, b1, W2, b2, x, t)
    print('dE/dw11 =', g[0][0,0])
    print('dE/dw21 =', g[2][0,0])
