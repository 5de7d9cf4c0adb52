"""
GNR 638 - Assignment 2
Student: Deepak Yadav (21D070029)

Q1: backprop by hand is worked out in the docstring of compute_gradients and
    checked by running this file.
Q2, Q3: see the answers() function at the bottom.
"""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def compute_gradients(W1, b1, W2, b2, x, t):
    """
    Hand derivation (given network: w = 0.5, x = [1,1], t = [0.5,0.5], b1 = b2 = 1):

        h  = sigmoid(2)        = 0.8808
        o  = sigmoid(1.8808)   = 0.8677
        d2 = (o - t) o (1 - o) = 0.3677 * 0.1148 = 0.04221

        dE/dw21 = d2[0] * h[0]                          = 0.04221 * 0.8808 = 0.03718
        dE/dw11 = (w21 d2[0] + w22 d2[1]) h1 (1-h1) x1  = 0.04221 * 0.1050 = 0.004432

    returns dW1, db1, dW2, db2
    """
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2


def answers():
    # Q2 (a) standard conv: every one of the 8*8*256 outputs needs 5*5*3 mults
    q2a = 8 * 8 * 256 * 5 * 5 * 3          # 1.2288e6
    # Q2 (b) depthwise separable: 5x5 depthwise on each channel + 1x1 pointwise to 256
    q2b = 8 * 8 * 3 * 25 + 8 * 8 * 3 * 256  # 4800 + 49152
    # Q3: counts are skewed, so regress log(1+y) and use MSE on that:
    #     loss = (log(1 + y) - yhat)^2
    q3 = "(log(1+y) - yhat)^2"
    return q2a, q2b, q3


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b = np.ones(2)
    dW1, db1, dW2, db2 = compute_gradients(W1, b, W2, b, np.ones(2), np.full(2, 0.5))
    print("dE/dw11 =", dW1[0, 0])   # 0.004431815...
    print("dE/dw21 =", dW2[0, 0])   # 0.037178744...
    print("Q2(a), Q2(b), Q3 =", answers())   # (1228800, 53952, '(log(1+y) - yhat)^2')
