"""
GNR638 Assignment 2 -- Ananya Pillai (21D100008)
All answers as constants at the top, code for 1(c) below.
"""
import numpy as np

# ---- Q1 (hand calculation, w = 0.5, b = 1, x = [1, 1], t = [0.5, 0.5]) ----
# h = sigma(2) = 0.88080,  o = sigma(1.88080) = 0.86770
# delta_out = (o - t) o (1 - o) = 0.042210
# delta_hid = 0.5*0.042210*2 * h(1-h) = 0.042210 * 0.104994 = 0.0044318
DE_DW11 = 4.4318e-3
DE_DW21 = 3.7179e-2          # delta_out * h = 0.042210 * 0.880797

# ---- Q2 ----
MULT_STANDARD = 8 * 8 * 256 * 5 * 5 * 3            # = 1_228_800
MULT_DEPTHWISE_SEP = 8 * 8 * 3 * 5 * 5 + 8 * 8 * 3 * 256   # = 4_800 + 49_152 = 53_952

# ---- Q3 ----
# y | x ~ Poisson(rate), log link: rate = exp(eta), eta = network output
# NLL = exp(eta) - y * eta + log(y!)   ->   drop log(y!)
POISSON_LOSS = "L = mean( exp(eta) - y * eta )"


def _sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """returns the gradients in a dict, keys named like the parameters"""
    h = _sig(W1 @ x + b1)
    o = _sig(W2 @ h + b2)
    do = (o - t) * o * (1 - o)
    dh = (W2.T @ do) * h * (1 - h)
    return {"W1": np.outer(dh, x), "b1": dh, "W2": np.outer(do, h), "b2": do}


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print(g["W1"][0, 0], g["W2"][0, 0], MULT_STANDARD, MULT_DEPTHWISE_SEP)
