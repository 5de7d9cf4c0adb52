import numpy as np

# Saurabh Tiwari 23B0164 -- GNR638 A2 Q1(c)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.array(W1, dtype=float)
    b1 = np.array(b1, dtype=float)
    W2 = np.array(W2, dtype=float)
    b2 = np.array(b2, dtype=float)
    x = np.array(x, dtype=float)
    t = np.array(t, dtype=float)

    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    delta_out = (o - t) * o * (1 - o)
    dW2 = np.outer(delta_out, h)
    db2 = delta_out

    delta_hid = W2.T @ delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2))
    W2 = 0.5 * np.ones((2, 2))
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11:", dW1[0, 0])
    print("dE/dw21:", dW2[0, 0])
