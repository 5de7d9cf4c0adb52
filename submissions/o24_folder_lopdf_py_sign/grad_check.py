import numpy as np
np.set_printoptions(precision=6)


def gradients(W1, b1, W2, b2, x, t):
    s = lambda u: 1. / (1. + np.exp(-u))
    h = s(W1.dot(x) + b1)
    o = s(W2.dot(h) + b2)
    # error signal (target - output), as in the lecture slides
    e2 = (t - o) * o * (1. - o)
    e1 = W2.T.dot(e2) * h * (1. - h)
    return np.outer(e1, x), e1, np.outer(e2, h), e2


W1 = np.full((2, 2), .5); W2 = np.full((2, 2), .5)
b1 = np.array([1., 1.]); b2 = np.array([1., 1.])
x = np.array([1., 1.]); t = np.array([.5, .5])
dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dE/dw11 =", dW1[0, 0])
print("dE/dw21 =", dW2[0, 0])
