import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # output layer
    delta_o = (o - t) * o * (1 - o)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    # hidden layer: error sent back through the output weights
    delta_h = (W2 @ delta_o) * h * (1 - h)
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    print(gradients(W, b, W, b, np.array([1., 1.]), np.array([.5, .5])))
