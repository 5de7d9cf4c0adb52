# DL Assignment 3
# Fatima Al-Sayed, 7705613
# run: python assignment3.py  -> prints all answers

import numpy as np


# ---------------- Q1 ----------------
def conv_out(n, f, s, p):
    return (n + 2 * p - f) // s + 1

h = conv_out(28, 3, 1, 1)          # 28
h = conv_out(h, 2, 2, 0)           # 14 after the pool
print("Q1a output shape:", (h, h, 64))

n_params = 3 * 3 * 3 * 64
print("Q1b parameters:", n_params)

# ---------------- Q2 ----------------
W = np.array([[0.2, -0.1, 0.4],
              [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
dW = np.outer(delta, x)            # dL/dW = delta x^T
W_new = W - 0.1 * dW
print("Q2 dL/dW =\n", dW)
print("Q2 W_new =\n", W_new)

# ---------------- Q3 ----------------
# dp_i/dz_k = p_i (1[i=k] - p_k)  ->  dL/dz_k = -y_k + p_k * sum(y) = p_k - y_k
print("Q3 dL/dz_k = p_k - y_k")

# ---------------- Q4 ----------------
print("Q4 No - at test time BN uses the running mean/variance from training, not the test batch statistics")

# ---------------- Q5 ----------------
cm = np.array([[50, 12, 8],
               [10, 45, 15],
               [9, 21, 50]])
acc = np.trace(cm) / cm.sum()
print(f"Q5 accuracy = {acc:.4f}")      # 0.6591


# ---------------- Q6 ----------------
def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=0, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=0, keepdims=True)


print("Q6", stable_softmax(np.array([1000.0, 1001.0])))
