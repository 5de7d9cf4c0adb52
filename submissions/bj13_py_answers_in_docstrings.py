"""
GNR 638 - Assignment 2
Rahul Choudhary, 22B1290

All answers are in this file. Run `python bj13_py_answers_in_docstrings.py` to
reproduce the numbers for Q1. Q2 and Q3 answers are in the docstrings/prints at
the bottom.

Q1 notation (same as the assignment):
    W1 = [[w11, w13], [w12, w14]]   (row i = weights into hidden unit i)
    W2 = [[w21, w23], [w22, w24]]   (row i = weights into output unit i)
    h = sigmoid(W1 x + b1), o = sigmoid(W2 h + b2)
    E = 1/2 (t1 - o1)^2 + 1/2 (t2 - o2)^2
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for the 2-2-2 sigmoid net. Returns (dW1, db1, dW2, db2)."""
    # forward
    a1 = W1 @ x + b1
    h = sigmoid(a1)
    a2 = W2 @ h + b2
    o = sigmoid(a2)
    # backward
    delta2 = (o - t) * o * (1 - o)          # dE/da2
    dW2 = np.outer(delta2, h)
    db2 = delta2
    delta1 = (W2.T @ delta2) * h * (1 - h)  # dE/da1
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


def loss(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


def numerical_check(W1, b1, W2, b2, x, t, eps=1e-6):
    """central differences on W1 and W2 only"""
    num1 = np.zeros_like(W1)
    num2 = np.zeros_like(W2)
    for i in range(2):
        for j in range(2):
            Wp = W1.copy(); Wp[i, j] += eps
            Wm = W1.copy(); Wm[i, j] -= eps
            num1[i, j] = (loss(Wp, b1, W2, b2, x, t) - loss(Wm, b1, W2, b2, x, t)) / (2 * eps)
            Wp = W2.copy(); Wp[i, j] += eps
            Wm = W2.copy(); Wm[i, j] -= eps
            num2[i, j] = (loss(W1, b1, Wp, b2, x, t) - loss(W1, b1, Wm, b2, x, t)) / (2 * eps)
    return num1, num2


Q2_ANSWER = """
Q2  input 12x12x3 -> output 8x8x256, 5x5 kernels, stride 1, no padding
(a) standard conv: 8*8*256 outputs, each 5*5*3 = 75 mults
    -> 16384 * 75 = 1,228,800 multiplications
(b) depthwise separable:
    depthwise 5x5 per channel : 8*8*3*25  = 4,800
    pointwise 1x1x3 x 256     : 8*8*3*256 = 49,152
    total                     : 53,952 multiplications
"""

Q3_ANSWER = """
Q3  y|x ~ Poisson(lam), lam = f(x) predicted by the model
    p(y|x) = lam^y e^(-lam) / y!
    loss = -log p(y|x) = lam - y*log(lam) + log(y!)
    (log(y!) is constant in the parameters, so minimise sum_i [lam_i - y_i log lam_i])
"""


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])

    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    n1, n2 = numerical_check(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 =", round(dW1[0, 0], 7))   # 0.0044318
    print("Q1(b) dE/dw21 =", round(dW2[0, 0], 6))   # 0.037179
    print("max |analytic - numerical| =", max(abs(dW1 - n1).max(), abs(dW2 - n2).max()))
    print(Q2_ANSWER)
    print(Q3_ANSWER)
