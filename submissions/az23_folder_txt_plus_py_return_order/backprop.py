# backprop.py  (Q1 part c)
# Harsh Vardhan Singh - 20D070039
import numpy as np

def sigmoid(x):
    return 1/(1 + np.exp(-x))

def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    z1 = W1 @ x + b1
    h  = sigmoid(z1)
    z2 = W2 @ h + b2
    o  = sigmoid(z2)
    # backward pass
    delta2 = (o - t) * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW2 = np.outer(delta2, h)
    dW1 = np.outer(delta1, x)
    db2 = delta2
    db1 = delta1
    # weights first, then biases
    return dW1, dW2, db1, db2

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x  = np.array([1.0, 1.0])
t  = np.array([0.5, 0.5])

if __name__ == "__main__":
    dW1, dW2, db1, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1:\n", dW1)
    print("dW2:\n", dW2)
    print("db1:", db1)
    print("db2:", db2)
