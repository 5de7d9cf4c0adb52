# ============================================================
#  GNR638  Assignment 2
#  Sahil Chauhan  (22B1046)
# ============================================================
#
#  Q1 (a)  dE/dw11 = 0.00443  (see output of main below)
#  Q1 (b)  dE/dw21 = 0.03718
#  Q1 (c)  function gradients() below
#
#  Q2 (a)  standard conv:
#          output 8x8x256, each output needs 5*5*3 = 75 mults
#          8*8*256*75 = 1,228,800
#  Q2 (b)  depthwise separable:
#          depthwise  8*8*3*(5*5)  = 4,800
#          pointwise  8*8*256*3    = 49,152
#          total                   = 53,952
#
#  Q3  -- will submit separately
# ============================================================

import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for h = s(W1 x + b1), o = s(W2 h + b2), E = 1/2 sum (t-o)^2."""
    h = sigmoid(np.dot(W1, x) + b1)
    o = sigmoid(np.dot(W2, h) + b2)

    delta2 = (o - t) * o * (1 - o)
    # propagate error back to hidden layer
    delta1 = np.dot(W2, delta2) * h * (1 - h)

    dW2 = np.outer(delta2, h)
    db2 = delta2
    dW1 = np.outer(delta1, x)
    db1 = delta1
    return dW1, db1, dW2, db2


def main():
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dW1 =", dW1)
    print("db1 =", db1)
    print("dW2 =", dW2)
    print("db2 =", db2)
    print("dE/dw11 = %.5f" % dW1[0, 0])
    print("dE/dw21 = %.5f" % dW2[0, 0])


if __name__ == "__main__":
    main()
