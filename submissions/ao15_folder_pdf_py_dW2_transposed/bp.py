# GNR638 A2 Q1(c) - Abhishek Jain
import numpy as np

def sigmoid(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    # backward pass
    d_o = (o - t) * o * (1 - o)
    d_h = np.dot(W2.T, d_o) * h * (1 - h)
    dW2 = np.outer(h, d_o)
    dW1 = np.outer(d_h, x)
    return dW1, d_h, dW2, d_o

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1., 1.])
b2 = np.array([1., 1.])
x = np.array([1., 1.])
t = np.array([0.5, 0.5])
dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dE/dw11 = %.7f" % dW1[0, 0])
print("dE/dw21 = %.7f" % dW2[0, 0])
