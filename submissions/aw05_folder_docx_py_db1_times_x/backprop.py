import numpy as np

# Q1(c)  Mohit Saxena


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    W1, W2 = np.asarray(W1, float), np.asarray(W2, float)
    b1, b2 = np.asarray(b1, float), np.asarray(b2, float)
    x, t = np.asarray(x, float), np.asarray(t, float)

    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    delta_o = (o - t) * o * (1 - o)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o

    delta_h = (W2.T @ delta_o) * h * (1 - h)
    dW1 = np.outer(delta_h, x)
    db1 = delta_h * x

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.array([[0.5, 0.5], [0.5, 0.5]])
    b = np.array([1.0, 1.0])
    g = gradients(W, b, W, b, np.array([1.0, 1.0]), np.array([0.5, 0.5]))
    print("dE/dw11 =", g[0][0, 0])
    print("dE/dw21 =", g[2][0, 0])
