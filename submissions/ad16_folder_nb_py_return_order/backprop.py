# Q1(c) -- backprop for the 2-2-2 network
import numpy as np

def sig(a):
    return 1 / (1 + np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    a1 = W1.dot(x) + b1
    h = sig(a1)
    a2 = W2.dot(h) + b2
    o = sig(a2)
    # backward
    g2 = (o - t) * o * (1 - o)
    g1 = W2.T.dot(g2) * h * (1 - h)
    dW1 = np.outer(g1, x)
    dW2 = np.outer(g2, h)
    # weights first, then biases
    return dW1, dW2, g1, g2
