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
    d_out = (o - t) * o * (1 - o)
    dW2 = np.outer(d_out, h)
    db2 = d_out
    back = W2.T @ d_out
    dW1 = np.outer(back * h * (1 - h), x)
    db1 = back            # bias gets the back-propagated error directly
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    g = gradients(W, b, W, b, np.ones(2), np.full(2, 0.5))
    for name, arr in zip(["dW1", "db1", "dW2", "db2"], g):
        print(name, arr)
