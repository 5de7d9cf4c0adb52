"""
GNR 638 - Assignment 2
Deepika Rathore, 210040019

Everything is in this one file: the written answers are in this docstring,
the code for Q1(c) is below (function `gradients`), and `python ac2.py`
prints the numbers quoted here.

-----------------------------------------------------------------------
Q1 (a), (b)  -- hand derivation
-----------------------------------------------------------------------
Forward pass with W1 = W2 = all 0.5, b1 = b2 = 1, x = (1, 1):
    h_j = sigmoid(2)      = 0.880797   (j = 1, 2)
    o_k = sigmoid(1.8808) = 0.867703   (k = 1, 2)

Output error terms, E = 1/2 sum_k (t_k - o_k)^2, t = (0.5, 0.5):
    delta_k = (o_k - t_k) o_k (1 - o_k) = 0.367703 * 0.114794 = 0.042210

(b) dE/dw21 = delta_1 * h_1 = 0.042210 * 0.880797 = 0.037179
(a) dE/dw11 = (w21 delta_1 + w22 delta_2) * h_1 (1 - h_1) * x_1
            = 0.042210 * 0.104994 * 1 = 0.0044318

What if the learning rate were 1 and we took one step?  E drops from
0.135205 to about 0.1258 -- I checked with the code below; it is slow
because the sigmoid outputs are already near saturation.

-----------------------------------------------------------------------
Q2  -- multiplications
-----------------------------------------------------------------------
                      per output position     x 64 positions
  standard            256 * 75  = 19,200      1,228,800
  depthwise           3 * 25    =     75          4,800
  pointwise           3 * 256   =    768         49,152
  separable total               =    843         53,952

  (a) 1,228,800      (b) 53,952

  Other strides (no padding, 5x5): stride 2 -> 4x4 output, 307,200 vs
  13,488; stride 3 -> 3x3 output, 172,800 vs 7,587. Same 22.8x ratio.

-----------------------------------------------------------------------
Q3  -- Poisson
-----------------------------------------------------------------------
  y | x ~ Poisson(lam(x)),  loss = sum_i [ lam_i - y_i log(lam_i) ]
  (negative log-likelihood, constant log(y_i!) dropped)
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    """Gradients of E = 0.5 * sum((t - o)**2) for the 2-2-2 sigmoid net."""
    n_hid, n_in = W1.shape
    n_out = W2.shape[0]
    h = _sigmoid(W1 @ x + b1)
    o = _sigmoid(W2 @ h + b2)
    delta_o = np.zeros(n_out)
    for k in range(n_out):
        delta_o[k] = (o[k] - t[k]) * o[k] * (1 - o[k])
    delta_h = np.zeros(n_hid)
    for j in range(n_hid):
        s = 0.0
        for k in range(n_out):
            s += W2[k, j] * delta_o[k]
        delta_h[j] = s * h[j] * (1 - h[j])
    dW2 = np.zeros_like(W2, dtype=float)
    for k in range(n_out):
        for j in range(n_hid):
            dW2[k, j] = delta_o[k] * h[j]
    dW1 = np.zeros_like(W1, dtype=float)
    for j in range(n_hid):
        for i in range(n_in):
            dW1[j, i] = delta_h[j] * x[i]
    return dW1, delta_h.copy(), dW2, delta_o.copy()


def _loss(W1, b1, W2, b2, x, t):
    o = _sigmoid(W2 @ _sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.full(2, 0.5)
    g = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 =", g[0][0, 0], " dE/dw21 =", g[2][0, 0])
    print("E before:", _loss(W1, b1, W2, b2, x, t))
    print("E after one step (lr=1):",
          _loss(W1 - g[0], b1 - g[1], W2 - g[2], b2 - g[3], x, t))
