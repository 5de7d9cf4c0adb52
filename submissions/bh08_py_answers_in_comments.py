# GNR638 Assignment 2
# Roll no: 23B1047
#
# I did the whole assignment in this one file (the TA said a .py is fine).
# Answers to the written questions are in the comments / docstrings,
# and running the file prints the numbers.
#
# ---------------------------------------------------------------------------
# Q1 (a), (b)  (hand derivation, checked by the code below)
#   net_h = 0.5*1 + 0.5*1 + 1 = 2        h1 = h2 = sigmoid(2) = 0.880797
#   net_o = 0.5*h1 + 0.5*h2 + 1 = 1.8808  o1 = o2 = sigmoid(1.8808) = 0.867703
#   delta_o1 = (o1 - t1) * o1 * (1 - o1) = 0.367703 * 0.114793 = 0.042210
#   dE/dw21  = delta_o1 * h1 = 0.042210 * 0.880797 = 0.037179
#   delta_h1 = (w21*delta_o1 + w22*delta_o2) * h1*(1-h1)
#            = (0.5*0.042210 + 0.5*0.042210) * 0.104994 = 0.0044318
#   dE/dw11  = delta_h1 * x1 = 0.0044318
#
#   ANSWER (a): dE/dw11 = 0.0044318
#   ANSWER (b): dE/dw21 = 0.037179
# ---------------------------------------------------------------------------
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Q1(c): backprop for h = s(W1 x + b1), o = s(W2 h + b2), E = 1/2 sum (t-o)^2.

    returns dW1, db1, dW2, db2
    """
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    dE_do = o - t
    d2 = dE_do * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2


def q2_counts():
    """Q2: input 12x12x3, output 8x8x256, 5x5 kernels, stride 1, no padding.

    (a) standard: every output value needs 5*5*3 = 75 mults
        -> 8*8*256*75 = 1,228,800 multiplications
    (b) depthwise separable:
        depthwise 5x5 on each of the 3 channels: 8*8*3*25 = 4,800
        pointwise 1x1x3, 256 filters:          8*8*256*3 = 49,152
        total = 53,952 multiplications  (about 22.8x fewer)
    """
    std = 8 * 8 * 256 * (5 * 5 * 3)
    dw = 8 * 8 * 3 * (5 * 5) + 8 * 8 * 256 * 3
    return std, dw


# Q3: y | x ~ Poisson(lambda(x)).
# Likelihood p(y|x) = lambda^y e^(-lambda) / y!, so the loss is the negative log-likelihood
#   L = lambda - y*log(lambda) + log(y!)
# I used the Poisson deviance which is the same thing up to terms without lambda:
#   D(y, lambda) = 2 * [ y*log(y/lambda) - (y - lambda) ]
# (summed over the training samples). This is what sklearn uses for PoissonRegressor.


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 =", round(dW1[0, 0], 7))
    print("Q1(b) dE/dw21 =", round(dW2[0, 0], 6))
    std, dw = q2_counts()
    print("Q2(a) standard conv mults =", std)
    print("Q2(b) depthwise separable mults =", dw)
