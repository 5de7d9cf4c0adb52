# GNR638 A2 Q1(c) - backprop for 2-2-2 sigmoid network
import numpy as np

def sigmoid(z):
    return 1/(1+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward pass
    a1 = np.dot(W1, x) + b1
    h = sigmoid(a1)
    a2 = np.dot(W2, h) + b2
    o = sigmoid(a2)

    # backward pass, E = 1/2 * sum (t - o)^2
    d_out = (o - t) * o * (1 - o)          # dE/da2
    dW2 = np.outer(d_out, h)
    db2 = d_out * h                         # bias of output layer

    d_hid = np.dot(W2.T, d_out) * h * (1 - h)
    dW1 = np.outer(d_hid, x)
    db1 = d_hid * x

    return dW1, db1, dW2, db2

if __name__ == '__main__':
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    for name, g in zip(['dW1', 'db1', 'dW2', 'db2'], gradients(W1, b1, W2, b2, x, t)):
        print(name, g)
