import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    # E = 0.5 * np.mean((t - o)**2)  -> dE/do = (o - t) / n
    n = o.shape[0]
    dE_do = (o - t) / n
    d2 = dE_do * o * (1 - o)
    dW2 = np.outer(d2, h)
    db2 = d2
    d1 = (W2.T @ d2) * h * (1 - h)
    dW1 = np.outer(d1, x)
    db1 = d1
    return dW1, db1, dW2, db2
