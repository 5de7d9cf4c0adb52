"""
GNR 638  -  Assignment 2
Aditya Kulkarni (22B1527)

Everything is in this file. Run it:  python bt_assignment2.py

Q1  Backprop in a 2-2-2 network (sigmoid everywhere, E = 0.5*sum((t-o)^2))
    values from the question: all weights 0.5, b1 = b2 = 1, x = [1, 1], t = [0.5, 0.5]

    Results (printed by main, also checked by hand):
        (a) dE/dw11 = 0.0044318
        (b) dE/dw21 = 0.0371787

Q2  Multiplications, input 12x12x3 -> output 8x8x256 with 5x5 kernels
        (a) standard:  8*8*256*5*5*3 = 1228800
        (b) depthwise separable: 8*8*3*25 + 8*8*3*256 = 4800 + 49152 = 53952

Q3  If y|x ~ Poisson(lambda), lambda = f(x), the likelihood of one sample is
        p(y|x) = lambda^y e^{-lambda} / y!
    so the negative log likelihood is
        L = lambda - y*log(lambda) + log(y!)
    and the last term does not depend on the network, so we minimise
        L = sum_i ( lambda_i - y_i log lambda_i ).
"""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    # I store W[i, j] = weight from unit i (previous layer) to unit j (next layer)
    h = sigmoid(W1.T @ x + b1)
    o = sigmoid(W2.T @ h + b2)

    delta_o = (o - t) * o * (1 - o)
    delta_h = (W2 @ delta_o) * h * (1 - h)

    dW2 = np.outer(h, delta_o)
    dW1 = np.outer(x, delta_h)
    db2 = delta_o
    db1 = delta_h
    return dW1, db1, dW2, db2


def main():
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =\n", dW1)
    print("dW2 =\n", dW2)
    print("(a) dE/dw11 = %.7f" % dW1[0, 0])
    print("(b) dE/dw21 = %.7f" % dW2[0, 0])
    print("Q2 (a)", 8 * 8 * 256 * 5 * 5 * 3)
    print("Q2 (b)", 8 * 8 * 3 * 25 + 8 * 8 * 3 * 256)


if __name__ == "__main__":
    main()
