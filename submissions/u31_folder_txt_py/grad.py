# Q1 part c  -- Sanjana Kulkarni
import numpy as np
sigmoid = lambda v: 1.0/(1.0+np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    e = t - o                       # error
    d_out = e * o * (1 - o)
    d_hid = (W2.T @ d_out) * h * (1 - h)
    return np.outer(d_hid, x), d_hid, np.outer(d_out, h), d_out

if __name__ == '__main__':
    W = np.full((2,2), .5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2,.5))
    print(g)
