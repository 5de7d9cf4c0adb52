# GNR638 A2 Q1(c)  -  Sneha Patil 23M1082
import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = np.dot(W1, x) + b1
    h = sigmoid(z1)
    z2 = np.dot(W2, h) + b2
    o = sigmoid(z2)

    # backward
    err = t - o
    delta_o = err * o * (1 - o)
    delta_h = np.dot(W2.T, delta_o) * h * (1 - h)

    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2


if __name__ == '__main__':
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print('dE/dw11 =', dW1[0, 0])
    print('dE/dw21 =', dW2[0, 0])
