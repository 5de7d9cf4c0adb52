"""
GNR 638 - Assignment 2
Name : Mohammed Faizan Shaikh
Roll : 22B0617

Everything is in this one file (TA said a .py is fine if answers are in comments).
Run:  python a2_22b0617.py
"""
import math
import numpy as np

# ---------------------------------------------------------------
# Q1  backprop, 2-2-2 net, all w = 0.5, b1 = b2 = 1, x = [1,1], t = [0.5,0.5]
#
# forward (by hand, checked with the code below):
#   net_h = 0.5*1 + 0.5*1 + 1 = 2        -> h = sigma(2) = 0.8808
#   net_o = 0.5*0.8808*2 + 1 = 1.8808    -> o = sigma(1.8808) = 0.8677
#
# backward:
#   dE/do1          = o1 - t1 = 0.3677
#   do1/dnet        = o1(1-o1) = 0.1148
#   delta_o1        = 0.3677 * 0.1148 = 0.04221
#
#   (b) dE/dw21 = delta_o1 * h1 = 0.04221 * 0.8808 = 0.03718
#
#   (a) dE/dw11 = (w21*delta_o1 + w22*delta_o2) * h1(1-h1) * x1
#              = (0.5*0.04221 + 0.5*0.04221) * 0.1050 * 1
#              = 0.04221 * 0.1050 = 0.004432
#
# program output (see __main__):
#   dE/dw11 = 0.004431807
#   dE/dw21 = 0.037178740
# ---------------------------------------------------------------


def sig(v):
    return 1.0 / (1.0 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    # loops on purpose so I can see every index
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    h = np.zeros(2)
    o = np.zeros(2)
    for i in range(2):
        h[i] = sig(W1[i, 0] * x[0] + W1[i, 1] * x[1] + b1[i])
    for k in range(2):
        o[k] = sig(W2[k, 0] * h[0] + W2[k, 1] * h[1] + b2[k])

    d_out = np.zeros(2)
    for k in range(2):
        d_out[k] = (o[k] - t[k]) * o[k] * (1 - o[k])

    dW2 = np.zeros((2, 2))
    for k in range(2):
        for j in range(2):
            dW2[k, j] = d_out[k] * h[j]
    db2 = d_out.copy()

    d_hid = np.zeros(2)
    for j in range(2):
        s = 0.0
        for k in range(2):
            s += W2[k, j] * d_out[k]
        d_hid[j] = s * h[j] * (1 - h[j])

    dW1 = np.zeros((2, 2))
    for j in range(2):
        for i in range(2):
            dW1[j, i] = d_hid[j] * x[i]
    db1 = d_hid.copy()
    return dW1, db1, dW2, db2


# ---------------------------------------------------------------
# Q2  12x12x3 input -> 8x8x256 output, 5x5 kernels, stride 1, no pad
#
# (a) standard conv: each output number = 5*5*3 = 75 mults
#     #outputs = 8*8*256 = 16384
#     total = 16384*75 = 1228800          <-- answer (a)
#
# (b) depthwise separable:
#     depthwise : 8*8*3 outputs * 25 = 4800
#     pointwise : 8*8*256 outputs * 3 = 49152
#     total = 4800 + 49152 = 53952        <-- answer (b)
# ---------------------------------------------------------------
def conv_counts():
    std = 8 * 8 * 256 * 5 * 5 * 3
    dw = 8 * 8 * 3 * 5 * 5 + 8 * 8 * 3 * 256
    return std, dw


# ---------------------------------------------------------------
# Q3  y|x ~ Poisson(lam), lam = lam(x) predicted by the model
#     p(y|x) = lam^y e^{-lam} / y!
#     NLL    = lam - y*log(lam) + log(y!)
#     so the loss (drop log y!, doesn't depend on model):
#
#         L = sum_i [ lam_i - y_i * log(lam_i) ]
#
#     (this is torch.nn.PoissonNLLLoss with log_input=False)
# ---------------------------------------------------------------
def poisson_loss(lam, y):
    lam = np.asarray(lam, dtype=float)
    y = np.asarray(y, dtype=float)
    return np.sum(lam - y * np.log(lam))


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5)
    W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2)
    b2 = np.ones(2)
    x = np.ones(2)
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 = %.9f" % dW1[0, 0])
    print("dE/dw21 = %.9f" % dW2[0, 0])
    print("Q2 (a), (b):", conv_counts())
