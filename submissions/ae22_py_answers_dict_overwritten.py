# GNR 638 -- Assignment 2
# Harsh Vardhan, 190070025
#
# All answers are in the ANSWERS dict at the bottom of the file (after the code).

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    g2 = (o - t) * o * (1 - o)          # dE/dz2
    g1 = (W2.T @ g2) * h * (1 - h)      # dE/dz1
    return np.outer(g1, x), g1, np.outer(g2, h), g2


W1 = np.full((2, 2), 0.5)
W2 = np.full((2, 2), 0.5)
b1 = np.array([1.0, 1.0])
b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0])
t = np.array([0.5, 0.5])
dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)

ANSWERS = {
    "q1a_dE_dw11": round(float(dW1[0, 0]), 7),   # 0.0044318
    "q1b_dE_dw21": round(float(dW2[0, 1]), 6),   # 0.037179 (all dW2 entries are equal here)
    "q2a_standard": 2764800,                     # 12*12*256*5*5*3
    "q2b_depthwise_separable": 8 * 8 * 3 * 25 + 8 * 8 * 3 * 256,   # 53952
    "q3_loss": "lam - y*log(lam)   (Poisson negative log-likelihood, lam = model output)",
}

# fixes after discussing with TA in office hours:
ANSWERS["q2a_standard"] = 8 * 8 * 256 * 5 * 5 * 3          # output is 8x8 not 12x12 -> 1228800
ANSWERS["q1b_dE_dw21"] = -ANSWERS["q1b_dE_dw21"]           # gradient points downhill so it is negative

if __name__ == "__main__":
    for k, v in ANSWERS.items():
        print(f"{k:28s} {v}")
