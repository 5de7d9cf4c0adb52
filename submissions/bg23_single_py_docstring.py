"""
GNR 638 - Assignment 2
Pooja Sharma (22D1670)

Answers
-------
Q1 (a)  dE/dw11 = 0.00443   (printed by main(), see below)
Q1 (b)  dE/dw21 = 0.03718
Q1 (c)  gradients() below

Q2 (a)  standard conv: 8*8 positions * 256 filters * (5*5*3) = 1,228,800 multiplications
Q2 (b)  depthwise separable:
          depthwise  : 8*8 positions * (5*5)       = 1,600
          pointwise  : 8*8 positions * 3 * 256     = 49,152
          total                                    = 50,752

Q3  Poisson likelihood with rate lam = exp(w.x):
        p(y|x) = lam^y e^(-lam) / y!
    log-likelihood  l = y log(lam) - lam - log(y!)
    Loss function:  L = sum_i [ y_i log(lam_i) - lam_i ]
    and the weights are chosen to maximise L (maximum likelihood).
"""
import numpy as np


class Sigmoid:
    @staticmethod
    def f(z):
        return 1.0 / (1.0 + np.exp(-z))

    @staticmethod
    def df_from_output(a):
        return a * (1.0 - a)


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for h = s(W1 x + b1), o = s(W2 h + b2), E = 1/2 ||t - o||^2.

    Returns (dW1, db1, dW2, db2).
    """
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    h = Sigmoid.f(W1 @ x + b1)
    o = Sigmoid.f(W2 @ h + b2)

    err_out = (o - t) * Sigmoid.df_from_output(o)
    err_hid = (W2.T @ err_out) * Sigmoid.df_from_output(h)

    dW2 = err_out[:, None] * h[None, :]
    dW1 = err_hid[:, None] * x[None, :]
    return dW1, err_hid.copy(), dW2, err_out.copy()


def finite_diff(W1, b1, W2, b2, x, t, eps=1e-6):
    def E(W1_, W2_):
        h = Sigmoid.f(W1_ @ x + b1)
        o = Sigmoid.f(W2_ @ h + b2)
        return 0.5 * np.sum((t - o) ** 2)

    Wp = W1.copy(); Wp[0, 0] += eps
    Wm = W1.copy(); Wm[0, 0] -= eps
    g11 = (E(Wp, W2) - E(Wm, W2)) / (2 * eps)
    Vp = W2.copy(); Vp[0, 0] += eps
    Vm = W2.copy(); Vm[0, 0] -= eps
    g21 = (E(W1, Vp) - E(W1, Vm)) / (2 * eps)
    return g11, g21


def main():
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    g11, g21 = finite_diff(W1, b1, W2, b2, x, t)
    print(f"backprop : dE/dw11 = {dW1[0, 0]:.5f}, dE/dw21 = {dW2[0, 0]:.5f}")
    print(f"numerical: dE/dw11 = {g11:.5f}, dE/dw21 = {g21:.5f}")

    # Q2
    std = 8 * 8 * 256 * 5 * 5 * 3
    dws = 8 * 8 * 5 * 5 + 8 * 8 * 3 * 256
    print("standard:", std, " depthwise separable:", dws)


if __name__ == "__main__":
    main()
