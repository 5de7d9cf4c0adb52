import numpy as np

# Q1(c) backprop for the 2-2-2 sigmoid network (Aditya Joshi, 22B2045)


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for E = 1/2 * sum((t - o)**2).

    Returns (dW1, db1, dW2, db2).
    """
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)

    err_out = (t - o) * o * (1 - o)          # error at the output units
    err_hid = np.dot(W2.T, err_out) * h * (1 - h)

    dW2 = np.outer(err_out, h)
    db2 = err_out
    dW1 = np.outer(err_hid, x)
    db1 = err_hid
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =\n", dW1)
    print("dW2 =\n", dW2)
