"""Q1(c) GNR638 A2 -- Pranav Menon (21D180027)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # ---- forward ----
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # ---- backward ----
    err = o - t                      # dE/do
    delta_out = err * o * (1 - o)    # dE/dnet_out
    dW2 = np.outer(delta_out, h)
    db2 = err                        # bias adds directly to the output
    delta_hid = (W2.T @ delta_out) * h * (1 - h)
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print(f"dE/dw11 = {dW1[0, 0]:.6f}")   # 0.004432
    print(f"dE/dw21 = {dW2[0, 0]:.6f}")   # 0.037179
