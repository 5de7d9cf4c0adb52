import numpy as np

# Bhavna Iyer 23M1507 - GNR638 A2 Q1 part c

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_o = (t - o) * o * (1 - o)
    d_h = (W2.T @ d_o) * h * (1 - h)
    return np.outer(d_h, x), d_h, np.outer(d_o, h), d_o

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dW1 =", dW1)
print("dW2 =", dW2)
