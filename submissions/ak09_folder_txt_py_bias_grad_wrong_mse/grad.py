# A.3  backprop for the 2-2-2 sigmoid net
import numpy as np

def sig(v):
    return 1 / (1 + np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    h = sig(W1.dot(x) + b1)
    o = sig(W2.dot(h) + b2)
    d_out = (o - t) * o * (1 - o)
    dW2 = d_out[:, None] * h[None, :]
    db2 = d_out.copy()
    back = W2.T.dot(d_out)
    d_hid = back * h * (1 - h)
    dW1 = d_hid[:, None] * x[None, :]
    db1 = back              # bias of hidden layer
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W = np.full((2, 2), .5)
    g = gradients(W, np.ones(2), W.copy(), np.ones(2), np.ones(2), np.full(2, .5))
    for name, a in zip(['dW1', 'db1', 'dW2', 'db2'], g):
        print(name, a)
