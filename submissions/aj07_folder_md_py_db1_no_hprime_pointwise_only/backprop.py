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
    d2 = (o - t) * o * (1 - o)          # dE/da2
    dW2 = np.outer(d2, h)
    db2 = d2
    dh = W2.T @ d2                      # dE/dh
    dW1 = np.outer(dh * h * (1 - h), x)
    db1 = dh                            # bias gradient of hidden layer
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1)
    print("dW2 =", dW2)
