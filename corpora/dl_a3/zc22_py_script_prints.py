"""
DL Assignment 3 -- Wojciech Nowak
All answers computed with numpy; run the file to see them.  Q6 is stable_softmax below.
"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.amax(z, axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z


# Q1 (a) -- output shape
H = W_ = 28; F = 3; P = 1; S = 1; K = 64
conv_side = (H + 2 * P - F) // S + 1          # 28
pool_side = (conv_side - 2) // 2 + 1          # 14
print("Q1a shape:", (pool_side, pool_side, K))  # -> (14, 14, 64)

# Q1 (b) -- parameters
n_params = K * (F * F * 3 + 1)
print("Q1b params:", n_params)                # -> 1792

# Q2 -- SGD step
W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
dW = np.outer(delta, x)
W_new = W - 0.1 * dW
print("Q2 dL/dW:\n", dW)
print("Q2 W_new:\n", W_new)
# output:
# [[ 0.15 -0.2   0.45]
#  [ 0.1   0.5  -0.3 ]]

# Q3 -- dL/dz_k = p_k - y_k  (checked numerically below with finite differences)
z = np.array([0.3, -1.2, 2.0]); y = np.array([0, 1, 0])
loss = lambda v: -np.sum(y * np.log(stable_softmax(v)))
num = np.array([(loss(z + 1e-6 * e) - loss(z - 1e-6 * e)) / 2e-6 for e in np.eye(3)])
print("Q3 numeric:", num, " analytic p - y:", stable_softmax(z) - y)

# Q4 -- No: eval-mode BN uses running_mean / running_var from training, not the test batch's stats.

# Q5 -- accuracy
C = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
print("Q5 accuracy:", np.trace(C) / C.sum())  # -> 0.6590909...

print("Q6:", stable_softmax([1000, 1001]))
