# Name: Tanvi Deshpande   Roll: 210020118
# GNR 638 -- Assignment 2 (all in python, answers are the variables marked ANS)

import numpy as np

def _s(v):
    return 1/(1+np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    a1 = W1 @ x + b1
    h = _s(a1)
    a2 = W2 @ h + b2
    o = _s(a2)
    g_a2 = (o - t) * o * (1 - o)
    g_h = W2.T @ g_a2
    g_a1 = g_h * h * (1 - h)
    dW2 = g_a2[:, None] * h[None, :]
    dW1 = g_a1[:, None] * x[None, :]
    return dW1, g_a1.copy(), dW2, g_a2.copy()

# Problem 1 (a), (b) -- given net, all weights .5, biases 1, x=[1,1], t=[.5,.5]
ANS_1a = 0.00443   # dE/dw11
ANS_1b = 0.0372    # dE/dw21

# Problem 2
# standard conv: every output channel looks at a 5x5x3 patch at each of the 12x12 positions
ANS_2a = 12 * 12 * 256 * 5 * 5 * 3        # = 2764800
# depthwise separable: the 1x1 pointwise part is what costs, 3 -> 256 at every pixel
ANS_2b = 8 * 8 * 3 * 256                  # = 49152

# Problem 3
# outputs are counts -> regress them with squared error on the rate
def loss_q3(y_pred, y):
    return np.mean((y - y_pred) ** 2)

if __name__ == "__main__":
    print(ANS_1a, ANS_1b, ANS_2a, ANS_2b)
