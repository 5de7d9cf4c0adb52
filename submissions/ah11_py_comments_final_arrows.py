"""
GNR638 Assignment 2 -- Rhea Fernandes (22D070023)

Everything is in this one file. Written answers are in the comments,
marked with  -->  .  Run it to see the numbers for Q1.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for h = sig(W1 x + b1), o = sig(W2 h + b2), E = 1/2 ||t - o||^2.
    Returns (dW1, db1, dW2, db2)."""
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    d2 = (o - t) * o * (1 - o)          # dE/da2
    d1 = (W2.T @ d2) * h * (1 - h)      # dE/da1
    dW2 = np.outer(d2, h)
    dW1 = np.outer(d1, x)
    return dW1, d1, dW2, d2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
    # output when I ran it:
    # dE/dw11 = 0.004431814656811997
    # dE/dw21 = 0.03717874177605889

# Q1 (a) by hand: h = sig(2) = 0.8808, o = sig(1.8808) = 0.8677,
#        delta_out = 0.3677 * 0.1148 = 0.04221,
#        delta_hid = (0.5 + 0.5) * 0.04221 * 0.8808 * 0.1192 = 0.004432
#        --> dE/dw11 = 0.004432   (matches the code: 0.0044318)
# Q1 (b) --> dE/dw21 = 0.04221 * 0.8808 = 0.03718  (code: 0.0371787)
# Q1 (c) --> the function gradients() above
#
# Q2 (a) standard conv: 8*8 outputs per map * 256 maps * (5*5*3)
#        --> 1,228,800
# Q2 (b) depthwise separable: the depthwise part convolves each of the
#        3 channels with its own 5x5 kernel: 8*8*5*5*3
#        --> 4,800 multiplications
#
# Q3     y|x ~ Poisson(lam), lam = exp(w^T x)
#        NLL = lam - y*log(lam) + log(y!)
#        --> loss = sum_i [ exp(w^T x_i) - y_i * w^T x_i ]
