import numpy as np

# Neha Saxena 22B1301 -- A2 Q1(c)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta_o = (o - t) * o * (1 - o)
    # send the output error back through the second layer weights
    delta_h = (W2 @ delta_o) * h * (1 - h)
    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(delta_h, x)
    return dW1, delta_h, dW2, delta_o


W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])
print(gradients(W1, b1, W2, b2, x, t))
