# Assignment 2 Q1 part c
# Ananya Reddy 22B2210

import numpy as np

def sigmoid(z):
    return 1.0/(1.0+np.exp(-z))

def sigmoid_derivative(z):
    s = sigmoid(z)
    return s*(1-s)

def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # backward
    delta_o = (o - t) * sigmoid_derivative(o)
    delta_h = (W2.T @ delta_o) * sigmoid_derivative(h)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = np.array([[0.5,0.5],[0.5,0.5]])
    W2 = np.array([[0.5,0.5],[0.5,0.5]])
    b1 = np.array([1.,1.]); b2 = np.array([1.,1.])
    x = np.array([1.,1.]); t = np.array([0.5,0.5])
    dW1, db1, dW2, db2 = gradients(W1,b1,W2,b2,x,t)
    print("dW1 =", dW1)
    print("dW2 =", dW2)
