# DL Assignment 3  --  Amara Nwosu
# Everything is in this one file (the prof said Q6 must be a .py, so I put the written answers here as well).
# Written answers are the comment blocks marked "ANSWER".

# %%
import numpy as np
from fractions import Fraction

# %% [Q1a]
# conv: (28 + 2*1 - 3)//1 + 1 = 28, 64 filters  -> (1, 28, 28, 64) in TF's NHWC with one image
# pool: 2x2 stride 2                           -> (1, 14, 14, 64)
# ANSWER Q1a: output shape (1, 14, 14, 64)   [batch, height, width, channels]

# %% [Q1b]
n_params = 64 * (3 * 3 * 3) + 64
# ANSWER Q1b: n_params = 1_792

# %% [Q2]
W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
dW = np.outer(delta, x)
W_new = W - 0.1 * dW
# ANSWER Q2: dL/dW = [[0.5, 1.0, -0.5], [-1.0, -2.0, 1.0]]
#            W_new = [[0.15, -0.2, 0.45],
#                     [0.1, 0.5, -0.3]]

# %% [Q3]
# L = -sum_k y_k log p_k,  dp_j/dz_k = p_j (delta_jk - p_k)
# dL/dz_k = -sum_j y_j (delta_jk - p_k) = -y_k + p_k * sum_j y_j
# ANSWER Q3: dL/dz_k = p_k * sum_j(y_j) - y_k      (and sum_j y_j = 1 for a one-hot y)

# %% [Q4]
# ANSWER Q4: No. Own-batch statistics are a training-time thing; at test time BN uses the running
#            averages (running mean / running variance) saved during training.

# %% [Q5]
C = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
acc = Fraction(int(np.trace(C)), int(C.sum()))
# ANSWER Q5: acc = Fraction(29, 44) = 0.659 (65.9 %)


# %% [Q6]
def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.amax(z, axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z


# %% checks
if __name__ == "__main__":
    print(n_params, W_new, acc, float(acc), sep="\n")
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
