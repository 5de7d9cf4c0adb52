"""
hw2_q1_q2_q3.py      (Siddharth M, roll 200070081)

how i did it: wrote the forward pass, then the chain rule by hand in the comments,
then coded it.  Output of running the file is pasted at the very bottom.
"""
import numpy as np

sig = lambda z: 1 / (1 + np.exp(-z))

# ---------------- Q1 ----------------
# error at output:  e = t - o      (dE/do)
# delta_out = e * o * (1-o)
# dE/dw21 = delta_out1 * h1
# dE/dw11 = (w21*delta_out1 + w22*delta_out2) * h1(1-h1) * x1

def gradients(W1, b1, W2, b2, x, t):
    h = sig(W1.dot(x) + b1)
    o = sig(W2.dot(h) + b2)
    e = t - o
    d_out = e * o * (1 - o)
    d_hid = W2.T.dot(d_out) * h * (1 - h)
    return np.outer(d_hid, x), d_hid, np.outer(d_out, h), d_out

W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
b1 = np.array([1.0, 1.0]); b2 = np.array([1.0, 1.0])
x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])

g = gradients(W1, b1, W2, b2, x, t)
print(f"dE/dw11 = {g[0][0,0]:.5f}")
print(f"dE/dw21 = {g[2][0,0]:.5f}")

# ---------------- Q2 ----------------
out_h = out_w = 8
k = 5; c_in = 3; c_out = 256
standard = out_h * out_w * c_out * k * k * c_in
dw_stage = out_h * out_w * k * k * c_in
pw_stage = out_h * out_w * c_in * c_out
print(f"standard conv        : {standard:,}")
print(f"depthwise stage      : {dw_stage:,}")
print(f"pointwise stage      : {pw_stage:,}")
print(f"depthwise separable  : {dw_stage + pw_stage:,}")

# ---------------- Q3 ----------------
# y|x ~ Poisson(mu), mu = f(x).  -log p(y|x) = mu - y*log(mu) + log(y!)
# so the loss to minimise is  sum_i ( mu_i - y_i*log(mu_i) )
def poisson_loss(mu, y):
    return np.sum(mu - y * np.log(mu))

# ================= OUTPUT =================
# dE/dw11 = -0.00443
# dE/dw21 = -0.03718
# standard conv        : 1,228,800
# depthwise stage      : 4,800
# pointwise stage      : 49,152
# depthwise separable  : 53,952
