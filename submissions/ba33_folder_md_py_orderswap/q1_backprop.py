# Neha Joshi | 22B1120 | GNR638 A2 Q1(c)
import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = W1 @ x + b1
    a1 = sigmoid(z1)
    z2 = W2 @ a1 + b2
    a2 = sigmoid(z2)
    # backward
    dz2 = (a2 - t) * a2 * (1 - a2)
    dW2 = np.outer(dz2, a1)
    db2 = dz2
    dz1 = (W2.T @ dz2) * a1 * (1 - a1)
    dW1 = np.outer(dz1, x)
    db1 = dz1
    return dW1, dW2, db1, db2

if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, dW2, db1, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1.tolist())
    print("dW2 =", dW2.tolist())
    print("db1 =", db1.tolist())
    print("db2 =", db2.tolist())
