import numpy as np

def sigmoid(z):
    return 1/(1 + np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    """
    Forward + backward pass for the 2-2-2 net.
    In the question there is ONE bias per layer shared by both units,
    so the gradient of that bias is the sum over the two units.
    """
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    d_out = (o - t) * o * (1 - o)
    d_hid = (W2.T @ d_out) * h * (1 - h)

    dW2 = np.outer(d_out, h)
    dW1 = np.outer(d_hid, x)

    # shared bias -> sum of the unit deltas (same value for both entries)
    db2 = np.full(2, d_out.sum())
    db1 = np.full(2, d_hid.sum())
    return dW1, db1, dW2, db2

if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1:", dW1)
    print("db1:", db1)
    print("dW2:", dW2)
    print("db2:", db2)
