"""
GNR 638 - Assignment 2
Everything is in this one file, run it with  python a2.py
Q1 -> backprop (a), (b), (c)
Q2 -> counting multiplications
Q3 -> answer in the docstring of q3() at the bottom
"""
import numpy as np


# ------------------------------------------------------------------ Q1
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_o = (o - t) * o * (1 - o)
    d_h = (W2.T @ d_o) * h * (1 - h)
    return np.outer(d_h, x), d_h, np.outer(d_o, h), d_o


def q1():
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    # by hand: h = sig(2) = 0.8808, o = sig(0.5*0.8808*2 + 1) = sig(1.8808) = 0.8677
    # delta_o = (0.8677 - 0.5) * 0.8677 * 0.1323 = 0.04221
    # dE/dw21 = delta_o1 * h1 = 0.04221 * 0.8808 = 0.03718
    # dE/dw11 = (w21 delta_o1 + w22 delta_o2) * h1 (1-h1) * x1 = 0.04221 * 0.10499 = 0.004432
    print("Q1(a) dE/dw11 =", round(dW1[0, 0], 6))   # 0.004432
    print("Q1(b) dE/dw21 =", round(dW2[0, 0], 6))   # 0.037179


# ------------------------------------------------------------------ Q2
def q2():
    H_out, W_out, C_in, C_out, k = 8, 8, 3, 256, 5
    standard = H_out * W_out * C_out * k * k * C_in
    print("Q2(a) standard conv mults =", standard)      # 1228800

    depthwise = H_out * W_out * k * k * C_in               # one 5x5 filter per channel
    pointwise = H_out * W_out * C_out                       # 1x1 conv to 256 channels
    print("Q2(b) depthwise separable mults =", depthwise + pointwise)   # 4800 + 16384 = 21184
    print("      reduction factor =", standard / (depthwise + pointwise))


# ------------------------------------------------------------------ Q3
def q3():
    """
    y | x ~ Poisson(lambda),  lambda = exp(w^T x)  (so that the rate is positive)

    P(y | x) = lambda^y e^(-lambda) / y!

    negative log likelihood over the data set:
        L = sum_i [ lambda_i - y_i * log(lambda_i) + log(y_i!) ]
          = sum_i [ exp(w^T x_i) - y_i * w^T x_i ]  + const

    log(y_i!) does not depend on w so it can be dropped.
    This is the loss to minimise (PoissonNLLLoss in pytorch).
    """
    print(q3.__doc__)


if __name__ == "__main__":
    q1()
    q2()
    q3()
