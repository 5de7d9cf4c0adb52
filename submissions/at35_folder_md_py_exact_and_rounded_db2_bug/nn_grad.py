# nn_grad.py  --  Q1(c), Devansh Malhotra
import numpy as np


def gradients(W1, b1, W2, b2, x, t):
    sigma = lambda v: 1.0 / (1.0 + np.exp(-v))
    W1, W2 = np.array(W1, float), np.array(W2, float)
    b1, b2 = np.array(b1, float), np.array(b2, float)
    x, t = np.array(x, float), np.array(t, float)

    h = sigma(W1 @ x + b1)
    y = sigma(W2 @ h + b2)

    e_out = (y - t) * y * (1 - y)
    e_hid = (W2.T @ e_out) * h * (1 - h)

    dW2 = e_out[:, None] * h[None, :]
    db2 = e_out * h
    dW1 = e_hid[:, None] * x[None, :]
    db1 = e_hid
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    for g in gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.array([0.5, 0.5])):
        print(np.round(g, 6))
