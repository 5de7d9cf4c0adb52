import numpy as np

sigma = lambda a: 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    h = sigma(W1 @ x + b1)
    o = sigma(W2 @ h + b2)
    delta_o = (o - t) * o * (1 - o)
    delta_h = (W2.T @ delta_o) * h * (1 - h)
    dW2 = np.outer(delta_o, h)
    dW1 = np.outer(x, delta_h)
    return dW1, delta_h, dW2, delta_o


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    print(gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5)))
