import numpy as np

# Q1(c) - Sneha Patil 22B1214


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)

    # backward pass
    delta2 = (o - t) * o * (1 - o)
    delta1 = np.dot(W2.T, delta2) * h * (1 - h)

    # weight gradients = (input of layer)^T * delta
    dW2 = h.reshape(-1, 1) @ delta2.reshape(1, -1)
    dW1 = x.reshape(-1, 1) @ delta1.reshape(1, -1)
    db2 = delta2
    db1 = delta1
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1:\n", dW1)
    print("dW2:\n", dW2)
