"""
GNR 638 - Assignment 2
Devika Menon, 23B0312

Everything is in this one file. Run it: it prints Q1(a), Q1(b) from the
gradients() function and the Q2 counts. Q3 answer is in the comment at the end.

Output when I ran it (python 3.11, numpy 1.26):
    Q1(a) dE/dw11 = 0.00443181
    Q1(b) dE/dw21 = 0.03717874
    Q2(a) standard conv mults  = 1228800
    Q2(b) depthwise separable  = 53952  (4800 + 49152)
"""
import numpy as np


def sigmoid(a):
    return 1 / (1 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    """Backprop for h = sig(W1 x + b1), o = sig(W2 h + b2), E = 0.5*||t - o||^2."""
    W1, b1, W2, b2, x, t = (np.asarray(a, dtype=np.float64) for a in (W1, b1, W2, b2, x, t))
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    g_o = (o - t) * o * (1 - o)
    g_h = W2.T.dot(g_o) * h * (1 - h)
    dW2 = g_o[:, None] * h[None, :]
    dW1 = g_h[:, None] * x[None, :]
    return dW1, g_h.copy(), dW2, g_o.copy()


def conv_mults(H, W, C, K, N):
    Ho, Wo = H - K + 1, W - K + 1
    standard = Ho * Wo * N * K * K * C
    dw = Ho * Wo * C * K * K
    pw = Ho * Wo * C * N
    return standard, dw, pw


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    b = np.array([1.0, 1.0])
    dW1, db1, dW2, db2 = gradients(W, b, W, b, np.ones(2), np.full(2, 0.5))
    print(f"Q1(a) dE/dw11 = {dW1[0, 0]:.8f}")
    print(f"Q1(b) dE/dw21 = {dW2[0, 0]:.8f}")
    s, d, p = conv_mults(12, 12, 3, 5, 256)
    print(f"Q2(a) standard conv mults  = {s}")
    print(f"Q2(b) depthwise separable  = {d + p}  ({d} + {p})")

# Q3: y|x ~ Poisson(lam) with lam = model(x) > 0.
#     NLL = lam - y*log(lam) + log(y!)   ->  loss = mean(lam - y*log(lam))
#     (this is torch.nn.PoissonNLLLoss(log_input=False) up to the eps)
