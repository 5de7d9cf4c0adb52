import numpy as np

np.random.seed(0)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def loss(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2


def check(n_trials=5, eps=1e-5):
    for trial in range(n_trials):
        W1 = np.random.randn(2, 2); b1 = np.random.randn(2)
        W2 = np.random.randn(2, 2); b2 = np.random.randn(2)
        x = np.random.randn(2); t = np.random.rand(2)
        dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
        num = np.zeros((2, 2))
        for i in range(2):
            for j in range(2):
                Wp = W1.copy(); Wp[i, j] += eps
                Wm = W1.copy(); Wm[i, j] -= eps
                num[i, j] = (loss(Wp, b1, W2, b2, x, t) - loss(Wm, b1, W2, b2, x, t)) / (2 * eps)
        print("trial", trial, "max |dW1 - numeric| =", np.abs(num - dW1).max())


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0], " dE/dw21 =", dW2[0, 0])
    check()
