import numpy as np
# Yash Agarwal 23B0902

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)

    delta2 = (t - o) * o * (1 - o)
    dW2 = np.dot(delta2.reshape(2, 1), h.reshape(2, 1))
    db2 = delta2

    delta1 = np.dot(W2.T, delta2) * h * (1 - h)
    dW1 = np.dot(delta1.reshape(2, 1), x.reshape(2, 1))
    db1 = delta1
    return dW1, db1, dW2, db2

W1 = np.full((2, 2), 0.5)
W2 = np.full((2, 2), 0.5)
b1 = np.ones(2)
b2 = np.ones(2)
x = np.array([1, 1])
t = np.array([0.5, 0.5])
print(gradients(W1, b1, W2, b2, x, t))
