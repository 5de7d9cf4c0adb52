import numpy as np

# Q1(c)  backprop, 2 inputs / 2 hidden / 2 outputs, sigmoid everywhere
# one bias per layer like in the question -> the bias gradient is the sum over
# the units of that layer (both units use the same b)

def sigmoid(z):
    return 1/(1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    d_out = (o - t) * o * (1 - o)
    d_hid = (W2.T @ d_out) * h * (1 - h)

    dW2 = np.outer(d_out, h)
    dW1 = np.outer(d_hid, x)
    # shared bias: same gradient for both entries
    db2 = np.sum(d_out) * np.ones_like(b2)
    db1 = np.sum(d_hid) * np.ones_like(b1)
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    for name, g in zip(("dW1", "db1", "dW2", "db2"), gradients(W1, b1, W2, b2, x, t)):
        print(name, g, sep="\n")
