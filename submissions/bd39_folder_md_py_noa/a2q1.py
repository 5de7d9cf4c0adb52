import numpy as np

def s(z):
    return 1.0/(1.0+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    a1 = W1.dot(x) + b1; h = s(a1)
    a2 = W2.dot(h) + b2; o = s(a2)
    e2 = (o - t) * o * (1 - o)
    e1 = W2.T.dot(e2) * h * (1 - h)
    return e1[:, None] * x[None, :], e1, e2[:, None] * h[None, :], e2
