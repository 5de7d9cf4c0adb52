# GNR638 Assignment 2
# Name: Harsh Vardhan Singh   Roll: 21D070041
#
# I did everything in this one file. Answers to the written questions are in the
# comments / docstrings below, the numbers for Q1 come from running this file.
#
# ---------------------------------------------------------------------------
# Q1. 2-2-2 network, sigmoid, E = 1/2 (t1-o1)^2 + 1/2 (t2-o2)^2
#     weights all 0.5, x = [1,1], t = [0.5,0.5], b1 = b2 = 1
#     (the assignment says one bias per layer, shared by both units, so I treat
#      the bias gradient as the sum over the units of that layer)
#
#   output of running this file:
#     o = [0.86770265 0.86770265]   E = 0.13520524
#     dE/dw11 = 0.004431814656811997
#     dE/dw21 = 0.03717874177605889
#
#   Q1(a)  dE/dw11 = 0.0044318
#   Q1(b)  dE/dw21 = 0.0371787
# ---------------------------------------------------------------------------

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for the 2-2-2 net. Returns (dW1, db1, dW2, db2)."""
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    d2 = (o - t) * o * (1 - o)
    dW2 = np.outer(d2, h)
    # shared bias -> gradient is the sum over the units that use it
    db2 = np.full_like(b2, d2.sum(), dtype=float)

    d1 = (W2.T @ d2) * h * (1 - h)
    dW1 = np.outer(d1, x)
    db1 = np.full_like(b1, d1.sum(), dtype=float)
    return dW1, db1, dW2, db2


# ---------------------------------------------------------------------------
# Q2. input 12x12x3, output 8x8x256, kernel 5x5
#
#   (a) standard conv: each filter is 5x5x3 = 75 weights, there are 256 filters
#       => 5*5*3*256 = 19200 multiplications
#
#   (b) depthwise separable: depthwise 5*5*3 = 75, pointwise 1*1*3*256 = 768
#       => 75 + 768 = 843 multiplications   (about 23x fewer)
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# Q3. y|x ~ Poisson(lam), lam = f(x) > 0 (use exp on the last layer)
#     p(y|x) = lam^y e^{-lam} / y!
#     loss = -log p = lam - y*log(lam) + log(y!)
#     => minimise  sum_i ( lam_i - y_i * log(lam_i) )      (log y! is constant)
#     this is what torch.nn.PoissonNLLLoss(log_input=False) computes
# ---------------------------------------------------------------------------


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    print("o =", o, "  E =", 0.5 * np.sum((t - o) ** 2))
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", dW1[0, 0])
    print("dE/dw21 =", dW2[0, 0])
