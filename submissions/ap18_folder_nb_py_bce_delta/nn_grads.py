import numpy as np

# Anjali Thakur 210260044 - GNR638 A2 Q1(c)
# E = 0.5*sum((t-o)^2), sigmoid hidden and output layers

def sigmoid(z):
    return 1.0/(1.0+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = o - t                      # output error
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2
