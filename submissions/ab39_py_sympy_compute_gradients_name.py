# GNR638 A2 -- Farhan Sheikh (21D070028)
# Q1 done symbolically with sympy and then numerically with numpy (compute_gradients).

import numpy as np
import sympy as sp

x1, x2, t1, t2 = sp.symbols("x1 x2 t1 t2")
w11, w12, w13, w14, w21, w22, w23, w24, b1, b2 = sp.symbols("w11 w12 w13 w14 w21 w22 w23 w24 b1 b2")
S = lambda z: 1 / (1 + sp.exp(-z))
h1 = S(w11 * x1 + w13 * x2 + b1)
h2 = S(w12 * x1 + w14 * x2 + b1)
o1 = S(w21 * h1 + w23 * h2 + b2)
o2 = S(w22 * h1 + w24 * h2 + b2)
E = sp.Rational(1, 2) * ((t1 - o1) ** 2 + (t2 - o2) ** 2)

vals = {x1: 1, x2: 1, t1: sp.Rational(1, 2), t2: sp.Rational(1, 2), b1: 1, b2: 1,
        w11: 0.5, w12: 0.5, w13: 0.5, w14: 0.5, w21: 0.5, w22: 0.5, w23: 0.5, w24: 0.5}

print("dE/dw11 =", sp.N(sp.diff(E, w11).subs(vals), 15))
print("dE/dw21 =", sp.N(sp.diff(E, w21).subs(vals), 15))
# dE/dw11 = 0.00443181465681200
# dE/dw21 = 0.0371787417760589


def compute_gradients(W1, b1, W2, b2, x, t):
    """returns dW1, db1, dW2, db2 (numpy backprop, same as sympy result)"""
    sig = lambda z: 1 / (1 + np.exp(-z))
    h = sig(W1 @ x + b1)
    o = sig(W2 @ h + b2)
    d_o = (o - t) * o * (1 - o)
    d_h = (W2.T @ d_o) * h * (1 - h)
    return np.outer(d_h, x), d_h, np.outer(d_o, h), d_o


# Q2  multiplications:
#   standard              = 8*8*256*5*5*3 = 1,228,800
#   depthwise + pointwise = 8*8*5*5*3 + 8*8*3*256 = 4,800 + 49,152 = 53,952

# Q3  lam = network output (rate), y = count
lam, y = sp.symbols("lambda y", positive=True)
L = lam - y * sp.log(lam)     # = -log Poisson(y; lam) + log(y!)
print("loss:", L)
