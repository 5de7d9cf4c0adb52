import numpy as np

# Q1 (c) backprop for the 2-2-2 net
# note: in the question b1 is ONE bias shared by h1 and h2 (and b2 shared by o1, o2),
# so the gradient of a shared bias is the sum over the units that use it.

def sigmoid(v):
    return 1 / (1 + np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    delta2 = (o - t) * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    dW2 = np.outer(delta2, h)
    dW1 = np.outer(delta1, x)
    # shared bias -> add contributions of both units
    db2 = np.full(2, delta2.sum())
    db1 = np.full(2, delta1.sum())
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2)); W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1:\n", dW1)
    print("dW2:\n", dW2)
    print("db1:", db1, " db2:", db2)
