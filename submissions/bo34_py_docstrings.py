"""
GNR638 -- Assignment 2
Author : Yash Agarwal (21B080027)

All answers are in the docstrings of this file. The code for Q1(c) is the
function `gradients` below.

Q1 (a), (b) -- by hand
----------------------
    all weights 0.5, b1 = b2 = 1, x = [1, 1], t = [0.5, 0.5]

    h = sig(0.5 + 0.5 + 1) = sig(2) = 0.8808        (both hidden units)
    o = sig(0.5*0.8808*2 + 1) = sig(1.8808) = 0.8677 (both outputs)

    delta_out = (o - t) * o * (1 - o) = 0.3677 * 0.8677 * 0.1323 = 0.04221
    delta_hid = (0.5*0.04221 + 0.5*0.04221) * 0.8808 * 0.1192 = 0.004432

    (a) dE/dw11 = delta_hid * x1  = 0.004432
    (b) dE/dw21 = delta_out * h1  = 0.03718

Q2 -- multiplications
---------------------
    (a) Standard convolution: for every position of the 12x12 input we multiply
        the 5x5x3 kernel, for 256 kernels:
            12 * 12 * 5 * 5 * 3 * 256 = 2,764,800

    (b) Depthwise separable:
            depthwise : 8 * 8 * 5 * 5 * 3 = 4,800
            pointwise : 1 * 1 * 3 * 256   =   768
            total                         = 5,568

Q3 -- Poisson output
--------------------
    If y|x ~ Poisson(lam) with lam = f(x), then
        p(y|x) = lam**y * exp(-lam) / y!
    and the loss is the negative log likelihood
        L = lam - y * log(lam) + log(y!)
    (log(y!) is constant, so in code: L = lam - y*log(lam), averaged over the batch;
    this is torch.nn.PoissonNLLLoss(log_input=False)).
"""

import numpy as np


def sigmoid(a):
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    """
    Q1 (c): backprop for h = sig(W1 x + b1), o = sig(W2 h + b2),
    E = 0.5 * sum((t - o)**2).

    Returns (dW1, db1, dW2, db2).

    The bias is treated like a weight whose input is the same as the
    weight's input, so its gradient is delta times the input.
    """
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    delta_out = (o - t) * o * (1 - o)
    delta_hid = (W2.T @ delta_out) * h * (1 - h)

    dW2 = np.outer(delta_out, h)
    db2 = delta_out
    dW1 = np.outer(delta_hid, x)
    db1 = delta_hid * x

    return dW1, db1, dW2, db2


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.array([0.5, 0.5])
    for name, g in zip(("dW1", "db1", "dW2", "db2"), gradients(W1, b1, W2, b2, x, t)):
        print(name, g)
