import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    # backward
    err = o - t
    d2 = err * o * (1 - o)
    dW2 = np.outer(d2, h)
    d1 = (W2.T @ d2) * h * (1 - h)
    dW1 = np.outer(d1, x)
    # bias gradients
    db2 = err
    db1 = W2.T @ err
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2)); W2 = 0.5 * np.ones((2, 2))
    b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11:", round(g[0][0, 0], 6))
    print("dE/dw21:", round(g[2][0, 0], 6))
