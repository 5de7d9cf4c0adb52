# =====================================================================
#  GNR 638  -  Assignment 2
#  Sanjana Iyer   21D180032
#
#  Everything is in this one file. Written answers are in the comment
#  blocks, Q1(c) is the function `gradients` below.  Run:  python3 this.py
# =====================================================================
#
#  Q1 (a)  dE/dw11  =  0.0044318
#  Q1 (b)  dE/dw21  =  0.0371787
#          (values printed by the script at the bottom; I also did them by
#           hand: h = sigma(2) = .8808, o = sigma(1.8808) = .8677,
#           delta_out = (.8677-.5)(.8677)(.1323) = .04221,
#           dE/dw21 = .04221*.8808 = .03718,
#           dE/dw11 = (.5*.04221 + .5*.04221)*.8808*.1192*1 = .004432 )
#
#  Q2 (a)  standard conv:  out = 8x8x256, 75 mults each
#          -> 8*8*256*75 = 1228800
#  Q2 (b)  depthwise separable:
#          depthwise 8*8*3*25 = 4800   +   pointwise 8*8*3*256 = 49152
#          -> 53952
#
#  Q3      y|x ~ Poisson(lam), lam = exp(theta . x)  (log link)
#          NLL = -log( lam^y e^-lam / y! ) = lam - y*log(lam) + log(y!)
#          => loss(theta) = sum_i [ exp(theta . x_i) - y_i * (theta . x_i) ]
# =====================================================================

import math
import numpy as np


def _sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop written with explicit loops (2-2-2 net, sigmoid, E = 1/2 sum (t-o)^2).

    W1[j][i] = weight from input i to hidden j, W2[k][j] = weight hidden j -> output k.
    Returns dW1, db1, dW2, db2 as numpy arrays.
    """
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)
    n_in, n_hid, n_out = 2, 2, 2

    h = np.zeros(n_hid)
    for j in range(n_hid):
        s = b1[j]
        for i in range(n_in):
            s += W1[j, i] * x[i]
        h[j] = _sigmoid(s)

    o = np.zeros(n_out)
    for k in range(n_out):
        s = b2[k]
        for j in range(n_hid):
            s += W2[k, j] * h[j]
        o[k] = _sigmoid(s)

    d_out = np.zeros(n_out)
    for k in range(n_out):
        d_out[k] = (o[k] - t[k]) * o[k] * (1 - o[k])

    d_hid = np.zeros(n_hid)
    for j in range(n_hid):
        back = 0.0
        for k in range(n_out):
            back += W2[k, j] * d_out[k]
        d_hid[j] = back * h[j] * (1 - h[j])

    dW2 = np.zeros((n_out, n_hid))
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = d_out[k] * h[j]

    dW1 = np.zeros((n_hid, n_in))
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = d_hid[j] * x[i]

    return dW1, d_hid.copy(), dW2, d_out.copy()


if __name__ == "__main__":
    half = [[0.5, 0.5], [0.5, 0.5]]
    g = gradients(half, [1, 1], half, [1, 1], [1, 1], [0.5, 0.5])
    print("Q1(a) dE/dw11 =", round(g[0][0, 0], 7))
    print("Q1(b) dE/dw21 =", round(g[2][0, 0], 7))
    print("Q2(a)", 8 * 8 * 256 * 5 * 5 * 3)
    print("Q2(b)", 8 * 8 * 3 * 5 * 5 + 8 * 8 * 3 * 256)
