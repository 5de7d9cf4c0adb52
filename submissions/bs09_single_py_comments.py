# GNR638 Assignment 2
# Arjun Patil, 210040089
#
# Everything is in this one file. Run:  python bs_assignment2.py
# Answers to the written questions are in the comments / printed at the end.

import numpy as np

# ---------------------------------------------------------------------------
# Q1. Backprop for 2-2-2 network
#   h = sigmoid(W1 x + b1),  o = sigmoid(W2 h + b2),  E = 0.5*sum((t-o)^2)
#   W1 = [[w11, w13], [w12, w14]],  W2 = [[w21, w23], [w22, w24]]
# ---------------------------------------------------------------------------

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """
    Backprop. Returns (dW1, db1, dW2, db2).

    (a) by hand for the given network (all w = 0.5, b = 1, x = [1,1], t = [.5,.5]):
        h = sigmoid(2) = 0.8808, o = sigmoid(1.8808) = 0.8677
        delta_o = (o - t) o (1-o) = 0.3677*0.8677*0.1323 = 0.04221
        delta_h1 = (0.5*0.04221 + 0.5*0.04221) * 0.8808*0.1192 = 0.004432
        dE/dw11 = delta_h1 * x1 = 0.004432

    (b) dE/dw21 = delta_o1 * h1 = 0.04221 * 0.8808 = 0.03718
    """
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)

    dE_do = o - t
    delta2 = dE_do * o * (1 - o)
    dW2 = np.outer(delta2, h)
    db2 = delta2.copy()

    dE_dh = W2.T @ delta2
    delta1 = dE_dh * h * (1 - h)
    dW1 = np.outer(delta1, x)
    db1 = delta1.copy()
    return dW1, db1, dW2, db2


def _check():
    rng = np.random.default_rng(0)
    W1, W2 = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
    b1, b2 = rng.normal(size=2), rng.normal(size=2)
    x, t = rng.normal(size=2), rng.random(2)

    def E(W1, b1, W2, b2):
        o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)

    g = gradients(W1, b1, W2, b2, x, t)
    eps = 1e-6
    worst = 0.0
    params = [W1, b1, W2, b2]
    for k, p in enumerate(params):
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps; ep = E(*params)
            p[idx] = old - eps; em = E(*params)
            p[idx] = old
            worst = max(worst, abs((ep - em) / (2 * eps) - g[k][idx]))
    return worst


# ---------------------------------------------------------------------------
# Q2. multiplications, input 12x12x3 -> output 8x8x256, 5x5 kernel
#
# (a) standard conv: each output pixel of each output channel = 5*5*3 mults
#     8*8*256*5*5*3 = 1228800
#
# (b) depthwise separable: depthwise conv applies one 5x5 filter to each of the
#     3 input channels separately
#     8*8*5*5*3 = 4800
#     -> 4800 multiplications (much less than standard)
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# Q3. Poisson
#   y|x ~ Poisson(lam), lam = exp(net output)  (so lam > 0)
#   likelihood  p(y|x) = lam^y exp(-lam) / y!
#   loss = -log p = lam - y*log(lam) + log(y!)
#   -> loss = lam - y*log(lam)   (log y! is a constant)
# ---------------------------------------------------------------------------

def poisson_loss(lam, y):
    return np.mean(lam - y * np.log(lam))


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 =", round(dW1[0, 0], 6))   # 0.004432
    print("Q1(b) dE/dw21 =", round(dW2[0, 0], 6))   # 0.037179
    print("grad check max err:", _check())
    print("Q2(a) standard  :", 8 * 8 * 256 * 5 * 5 * 3)
    print("Q2(b) depthwise :", 8 * 8 * 5 * 5 * 3)
