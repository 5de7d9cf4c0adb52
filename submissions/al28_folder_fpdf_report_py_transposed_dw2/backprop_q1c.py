import numpy as np

def sigmoid(v):
    return 1 / (1 + np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    """dE/dW1, dE/db1, dE/dW2, dE/db2 for E = 0.5*sum((t-o)**2)"""
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_o = (o - t) * o * (1 - o)
    d_h = (W2.T @ d_o) * h * (1 - h)
    dW2 = np.outer(h, d_o)      # hidden x output
    dW1 = np.outer(d_h, x)
    return dW1, d_h, dW2, d_o

if __name__ == "__main__":
    W = np.array([[0.5, 0.5], [0.5, 0.5]])
    b = np.array([1.0, 1.0])
    dW1, db1, dW2, db2 = gradients(W, b, W, b, np.array([1.0, 1.0]), np.array([0.5, 0.5]))
    print("dE/dw11 =", round(dW1[0, 0], 6), " dE/dw21 =", round(dW2[0, 0], 6))
