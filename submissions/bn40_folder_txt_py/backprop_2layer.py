import numpy as np

def sigmoid(z):
    return 1/(1 + np.exp(-z))

def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)
    # backward
    delta_out = (o - t) * sigmoid_prime(o)
    delta_hidden = np.dot(W2.T, delta_out) * sigmoid_prime(h)
    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hidden, x)
    db1 = delta_hidden
    return dW1, db1, dW2, db2

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1, 1])
b2 = np.array([1, 1])
x = np.array([1, 1])
t = np.array([0.5, 0.5])

dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
print("dW1 =", dW1)
print("dW2 =", dW2)
