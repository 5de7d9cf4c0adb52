import numpy as np

sigmoid = lambda a: 1.0 / (1.0 + np.exp(-a))


def forward(W1, b1, W2, b2, x):
    h = sigmoid(W1.dot(x) + b1)
    o = sigmoid(W2.dot(h) + b2)
    return h, o


def gradients(W1, b1, W2, b2, x, t):
    h, o = forward(W1, b1, W2, b2, x)
    g_o = (o - t) * o * (1.0 - o)          # dE/da2
    g_h = W2.T.dot(g_o) * h * (1.0 - h)    # dE/da1
    dW2 = g_o[:, None] * h[None, :]
    dW1 = g_h[:, None] * x[None, :]
    return dW1, g_h, dW2, g_o


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); b1 = np.ones(2)
    W2 = np.full((2, 2), 0.5); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
