"""
GNR638 Assignment 2  --  Sneha Iyer (210100140)

Everything is in this one file.  Run `python al07.py` to print the Q1 numbers.

Written answers
---------------
Q1 (a)  dE/dw11 = 0.0044318      (value printed by main() below, matches my hand calc 0.00443)
Q1 (b)  dE/dw21 = 0.0371787
Q1 (c)  see gradients() below

Q2 (a)  standard conv: each of the 8*8*256 = 16384 outputs costs 5*5*3 = 75 products
        -> 16384 * 75 = 1,228,800 multiplications
Q2 (b)  depthwise 5x5 per channel: 64*25*3 = 4,800
        pointwise 1x1:             64*3*256 = 49,152
        -> 53,952 multiplications

Q3      y | x ~ Poisson(lam),  lam = exp(w^T x)  (log link keeps the rate positive)
        NLL per sample = lam - y*log(lam) + log(y!)
                       = exp(w^T x) - y * (w^T x) + const
        Loss = mean over samples of  exp(w^T x_i) - y_i w^T x_i
"""
import numpy as np


def _sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    """Return (dW1, db1, dW2, db2) for E = 0.5*||t - o||^2 of the 2-2-2 sigmoid net."""
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    delta_out = (o - t) * o * (1.0 - o)
    delta_hid = (W2.T @ delta_out) * h * (1.0 - h)
    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid
    return dW1, db1, dW2, db2


def main():
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
    # finite-difference check on w11
    eps = 1e-6
    def E(W1_):
        h = _sigmoid(W1_ @ x + b1)
        o = _sigmoid(W2 @ h + b2)
        return 0.5 * np.sum((t - o) ** 2)
    Wp = W1.copy(); Wp[0, 0] += eps
    Wm = W1.copy(); Wm[0, 0] -= eps
    print("numeric  =", (E(Wp) - E(Wm)) / (2 * eps))


if __name__ == "__main__":
    main()
