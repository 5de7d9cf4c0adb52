import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    dW1 = np.outer(d1, x)
    dW2 = np.outer(d2, h)
    return dW1, dW2

if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    dW1, dW2 = gradients(W1, np.ones(2), W2, np.ones(2), np.ones(2), np.array([0.5, 0.5]))
    print(dW1); print(dW2)
