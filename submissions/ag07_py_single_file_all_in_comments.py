# GNR638 A2 -- Rohan Mehta (22B0953)
# everything is in this one file, answers are in the comments at the bottom.
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 0.5*||t - o||^2 for h = sig(W1 x + b1), o = sig(W2 h + b2).

    Returns (dW1, db1, dW2, db2) with the same shapes as W1, b1, W2, b2.
    """
    z1 = W1 @ x + b1
    h = _sigmoid(z1)
    z2 = W2 @ h + b2
    o = _sigmoid(z2)

    delta_out = (o - t) * o * (1.0 - o)          # dE/dz2
    delta_hid = (W2.T @ delta_out) * h * (1.0 - h)  # dE/dz1

    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print(dW1, db1, dW2, db2, sep="\n")

    # quick finite-difference check of w11
    eps = 1e-6
    def E(W1_):
        h = _sigmoid(W1_ @ x + b1); o = _sigmoid(W2 @ h + b2)
        return 0.5 * np.sum((t - o) ** 2)
    Wp = W1.copy(); Wp[0, 0] += eps
    Wm = W1.copy(); Wm[0, 0] -= eps
    print("fd:", (E(Wp) - E(Wm)) / (2 * eps))

# output when I ran it:
# [[0.00443181 0.00443181]
#  [0.00443181 0.00443181]]
# [0.00443181 0.00443181]
# [[0.03717874 0.03717874]
#  [0.03717874 0.03717874]]
# [0.04221034 0.04221034]
# fd: 0.004431814...
#
# ANSWERS
# Q1 (a) dE/dw11 = 4.4318e-3
#    (b) dE/dw21 = 3.7179e-2
#    (c) gradients() above
# Q2 (a) standard conv: 8*8*256*5*5*3 = 1.2288e6 multiplications
#    (b) depthwise separable: 8*8*3*5*5 + 8*8*3*256 = 4.8e3 + 4.9152e4 = 5.3952e4
# Q3 loss for Poisson y|x with predicted rate lam:
#    loss = lam - y*np.log(lam)      (mean over the batch; log(y!) dropped, it is constant)
