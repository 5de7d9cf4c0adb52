import numpy as np

sig = lambda z: 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sig(W1.dot(x) + b1)
    o = sig(W2.dot(h) + b2)
    dE_do = o - t
    do_dnet = o * (1 - o)
    d2 = dE_do * do_dnet
    d1 = W2.T.dot(d2) * h * (1 - h)
    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    # bias gradient: derivative of net wrt bias is the activation feeding it
    db2 = d2 * o
    db1 = d1 * h
    return dW1, db1, dW2, db2

# check
if __name__ == '__main__':
    g = gradients(np.full((2,2),.5), np.ones(2), np.full((2,2),.5), np.ones(2), np.ones(2), np.full(2,.5))
    print(g)
