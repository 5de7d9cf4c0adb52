# GNR638 assignment 2, question 1 part (c)
# Priyanka Ghosh 22M2143
import numpy as np

def sigmoid(x):
    return 1/(1+np.exp(-x))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # output error
    err_o = o - t
    dW2 = np.outer(err_o, h)
    db2 = err_o
    # hidden error
    err_h = (W2.T @ err_o) * h * (1 - h)
    dW1 = np.outer(err_h, x)
    db1 = err_h
    return dW1, db1, dW2, db2

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1, 1])
b2 = np.array([1, 1])
x = np.array([1, 1])
t = np.array([0.5, 0.5])

if __name__ == "__main__":
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1:", dW1)
    print("dW2:", dW2)
    print("db1:", db1)
    print("db2:", db2)
