import numpy as np

def sigmoid(a):
    return 1/(1+np.exp(-a))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    dW2 = np.outer(d2, h)
    dW1 = np.outer(x, d1)      # input x hidden
    return dW1, d1, dW2, d2

if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    one = np.ones(2)
    dW1, db1, dW2, db2 = gradients(W, one, W, one, one, 0.5 * one)
    print(dW1[0, 0], dW2[0, 0])
