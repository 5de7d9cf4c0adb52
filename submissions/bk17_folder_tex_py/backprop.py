import numpy as np

def sigmoid(v):
    return 1.0/(1.0 + np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    # backward pass
    delta_o = (o - t) * o * (1 - o)
    delta_h = np.dot(W2.T, delta_o) * h * (1 - h)
    dW2 = np.outer(h, delta_o)
    dW1 = np.outer(x, delta_h)
    db2 = delta_o
    db1 = delta_h
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = 0.5*np.ones((2, 2)); W2 = 0.5*np.ones((2, 2))
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
