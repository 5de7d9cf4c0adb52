import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """
    Backpropagation for a 2-2-2 network with sigmoid activations in both layers
    and squared-error loss E = 0.5 * ||t - o||^2.

    Parameters
    ----------
    W1, W2 : (2, 2) arrays, row i = weights into unit i
    b1, b2 : (2,) arrays, one bias per unit
    x, t   : (2,) arrays, input and target

    Returns
    -------
    (dW1, db1, dW2, db2)
    """
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, x, t))

    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)

    delta_out = (o - t) * o * (1.0 - o)
    delta_hid = (W2.T @ delta_out) * h * (1.0 - h)

    dW2 = np.outer(delta_out, h)
    db2 = delta_out.copy()
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid.copy()
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.ones(2)
    x = np.ones(2)
    t = np.full(2, 0.5)
    dW1, db1, dW2, db2 = gradients(W, b, W, b, x, t)
    print(f"dE/dw11 = {dW1[0, 0]:.7f}")
    print(f"dE/dw21 = {dW2[0, 0]:.7f}")
