"""
Q1(c) – Backpropagation for a 2-2-2 sigmoid network.

✅ Forward pass
✅ Backward pass
✅ Returns (dW1, db1, dW2, db2)
"""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic sigmoid."""
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """
    Compute the gradients of E = 0.5 * ||t - o||^2.

    Args:
        W1 (np.ndarray): (2, 2) input->hidden weights
        b1 (np.ndarray): (2,) hidden biases
        W2 (np.ndarray): (2, 2) hidden->output weights
        b2 (np.ndarray): (2,) output biases
        x (np.ndarray): (2,) input
        t (np.ndarray): (2,) target

    Returns:
        tuple: (dW1, db1, dW2, db2)
    """
    # 🔄 Step 1: forward
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    # 📉 Step 2: output deltas
    delta_out = (o - t) * o * (1 - o)

    # 🔁 Step 3: hidden deltas
    delta_hid = (W2.T @ delta_out) * h * (1 - h)

    # 🧮 Step 4: gradients
    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    for name, arr in zip(["dW1", "db1", "dW2", "db2"], g):
        print(f"{name} = {arr}")
