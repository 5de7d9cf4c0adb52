# GNR638 A2 Q1c  -- P. Srinivas
import numpy as np

def sigmoid(a):
    return 1/(1+np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1 @ x + b1)
    y = sigmoid(W2 @ h + b2)
    # backward
    dy = (y - t) * y * (1 - y)
    dh = (W2.T @ dy) * h * (1 - h)
    dW2 = np.outer(h, dy)      # (2,2)
    dW1 = np.outer(x, dh)      # (2,2)
    return dW1, dh, dW2, dy

if __name__ == "__main__":
    W1 = np.array([[.5, .5], [.5, .5]]); W2 = W1.copy()
    b = np.array([1., 1.])
    dW1, db1, dW2, db2 = gradients(W1, b, W2, b, np.array([1., 1.]), np.array([.5, .5]))
    print("dW1:\n", dW1, "\ndW2:\n", dW2)
    print("db1:", db1, "db2:", db2)
