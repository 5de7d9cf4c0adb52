# GNR638 Assignment 2 -- Harshvardhan Rao, 210260019
#
# Q2 (conv multiplications), input 12x12x3 -> output 8x8x256, 5x5 kernels:
#   (a) standard:   8*8 output positions * 256 filters * (5*5*3) = 1228800
#   (b) depthwise separable:
#         depthwise 5x5 per channel : 8*8*3*25  =  4800
#         pointwise 1x1x3, 256 times: 8*8*3*256 = 49152
#         total                                 = 53952
#
# Q3 (y|x Poisson): use the Poisson negative log likelihood.
#   With the network output z = log(rate) (log link, rate = exp(z)):
#       loss(z, y) = exp(z) - y*z          (+ log(y!) which is constant)
#   This is torch.nn.PoissonNLLLoss(log_input=True). Averaged over the batch.
#
# Q1 (a), (b): see printed output at the bottom (dE/dw11 and dE/dw21).
# Q1 (c): function gradients() below.

import numpy as np


def _sig(v):
    return 1 / (1 + np.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    # forward
    a1 = W1.dot(x) + b1
    h = _sig(a1)
    a2 = W2.dot(h) + b2
    o = _sig(a2)

    # backward, E = 0.5*sum((t-o)^2)  ->  dE/do = o - t
    g_a2 = (o - t) * o * (1.0 - o)
    g_W2 = g_a2[:, None] * h[None, :]
    g_b2 = g_a2
    g_h = W2.T.dot(g_a2)
    g_a1 = g_h * h * (1.0 - h)
    g_W1 = g_a1[:, None] * x[None, :]
    g_b1 = g_a1
    return g_W1, g_b1, g_W2, g_b2


def _check(W1, b1, W2, b2, x, t, eps=1e-5):
    def E(W1_, b1_, W2_, b2_):
        o = _sig(W2_ @ _sig(W1_ @ x + b1_) + b2_)
        return 0.5 * np.sum((t - o) ** 2)
    ana = gradients(W1, b1, W2, b2, x, t)
    worst = 0.0
    for k, P in enumerate([W1, b1, W2, b2]):
        for idx in np.ndindex(P.shape):
            args_p = [p.copy() for p in (W1, b1, W2, b2)]
            args_m = [p.copy() for p in (W1, b1, W2, b2)]
            args_p[k][idx] += eps
            args_m[k][idx] -= eps
            num = (E(*args_p) - E(*args_m)) / (2 * eps)
            worst = max(worst, abs(num - ana[k][idx]))
    return worst


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])   # [[w11, w13], [w12, w14]]
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])   # [[w21, w23], [w22, w24]]
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 =", round(dW1[0, 0], 7))
    print("Q1(b) dE/dw21 =", round(dW2[0, 0], 7))
    print("max |analytic - numeric| =", _check(W1, b1, W2, b2, x, t))
    rng = np.random.default_rng(0)
    for _ in range(3):
        R = [rng.normal(size=s) for s in [(2, 2), (2,), (2, 2), (2,), (2,), (2,)]]
        print("random net, max diff =", _check(*R))

# ---- output (python a2_solution.py) ----
# Q1(a) dE/dw11 = 0.0044318
# Q1(b) dE/dw21 = 0.0371787
# max |analytic - numeric| = 2.117396535883387e-12
# random net, max diff = 3.1758290441885606e-11
# random net, max diff = 1.5394668179125048e-11
# random net, max diff = 1.6680552772374568e-11
