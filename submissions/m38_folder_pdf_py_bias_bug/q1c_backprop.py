# GNR638 A2 Q1(c)
# Tejas Kamath 200070087
import numpy as np

def sigmoid(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    z1 = np.dot(W1, x) + b1
    h = sigmoid(z1)
    z2 = np.dot(W2, h) + b2
    o = sigmoid(z2)

    # output layer
    dE_do = o - t
    do_dz2 = o*(1-o)
    d2 = dE_do*do_dz2
    dW2 = np.outer(d2, h)
    db2 = dE_do            # bias enters z2 directly

    # hidden layer
    dE_dh = np.dot(W2.T, d2)
    d1 = dE_dh*h*(1-h)
    dW1 = np.outer(d1, x)
    db1 = dE_dh            # same for hidden bias
    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W = np.array([[0.5, 0.5], [0.5, 0.5]])
    g = gradients(W, np.array([1., 1.]), W, np.array([1., 1.]), np.array([1., 1.]), np.array([0.5, 0.5]))
    for name, v in zip(['dW1', 'db1', 'dW2', 'db2'], g):
        print(name, v)
