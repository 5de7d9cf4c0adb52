# a2.py  -  Meera Iyer
# I could not get the delta rule to agree with my notes so gradients() is done by central
# differences; I checked it against my hand numbers for 1(a) and 1(b) and they agree.
# Q3 -- ran out of time, did not do it.

import numpy as np

def _loss(W1, b1, W2, b2, x, t):
    h = 1 / (1 + np.exp(-(W1 @ x + b1)))
    o = 1 / (1 + np.exp(-(W2 @ h + b2)))
    return 0.5 * np.sum((t - o) ** 2)

def gradients(W1, b1, W2, b2, x, t, eps=3e-5):
    params = [np.array(p, dtype=float) for p in (W1, b1, W2, b2)]
    grads = []
    for i, p in enumerate(params):
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + eps; lp = _loss(*params, x, t)
            p[idx] = old - eps; lm = _loss(*params, x, t)
            p[idx] = old
            g[idx] = (lp - lm) / (2 * eps)
        grads.append(g)
    return tuple(grads)          # (dW1, db1, dW2, db2)

# ---- 1 ----
DW11 = 4.4318e-3      # (a)
DW21 = 3.7179e-2      # (b)

# ---- 2 ----  number of multiplications
STANDARD = 8 * 8 * 256 * 5 * 5 * 3
DEPTHWISE_SEPARABLE = 8 * 8 * 3 * 5 * 5 + 8 * 8 * 3 * 256
