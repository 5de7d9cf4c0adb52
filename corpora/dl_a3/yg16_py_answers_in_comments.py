"""
DL Assignment 3 -- all answers in this one file (TA said a single .py is fine).
Hiroshi Tanaka, student id 2319-0457

Q6 is the function stable_softmax at the bottom.
"""
from fractions import Fraction

import numpy as np


# ---------------------------------------------------------------- Q1 (a)
# conv: out = (n + 2p - k) / s + 1
def conv_out(n, k=3, s=1, p=1):
    return (n + 2 * p - k) // s + 1


h = conv_out(28)          # 28 after the 3x3 conv, padding 1
h = h // 2                # 2x2 max-pool, stride 2
h = h // 2                # pool halves H and W
Q1a = (h, h, 64)          # -> (7, 7, 64)

# ---------------------------------------------------------------- Q1 (b)
Q1b = 64 * (3 * 3 * 3 + 1)   # weights 3x3x3 per filter + 1 bias  -> 1792

# ---------------------------------------------------------------- Q2
W = np.array([[0.2, -0.1, 0.4],
              [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
eta = 0.1

dW = np.outer(x, delta)          # dL/dW
W_new = W.T - eta * dW
# W_new =
# array([[ 0.15,  0.1 ],
#        [-0.2 ,  0.5 ],
#        [ 0.45, -0.3 ]])

# ---------------------------------------------------------------- Q3
Q3 = """
L = -sum_k y_k log p_k,   log p_k = z_k - log sum_j exp(z_j)
=> L = -sum_k y_k z_k + log sum_j exp(z_j)        (sum_k y_k = 1, one-hot)
=> dL/dz_k = -y_k + exp(z_k) / sum_j exp(z_j) = p_k - y_k
"""

# ---------------------------------------------------------------- Q4
# No. At test time BN uses the running mean / running variance (moving averages
# collected during training), NOT the statistics of the test batch; the layer is
# then just a fixed affine transform of each feature.
Q4 = "No - uses running (moving-average) mean and var from training"

# ---------------------------------------------------------------- Q5
cm = np.array([[50, 12, 8],
               [10, 45, 15],
               [9, 21, 50]])
Q5 = Fraction(int(np.trace(cm)), int(cm.sum()))   # Fraction(29, 44) = 145/220
# float(Q5) = 0.6590909090909091  -> 65.9 %


# ---------------------------------------------------------------- Q6
def stable_softmax(z):
    """Softmax over the last axis, shifted by the max for numerical stability."""
    z = np.asarray(z, dtype=np.float64)
    shifted = z - z.max(axis=-1, keepdims=True)
    expz = np.exp(shifted)
    return expz / expz.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print("Q1a:", Q1a)
    print("Q1b:", Q1b)
    print("Q2 dL/dW:\n", dW)
    print("Q2 W_new:\n", W_new)
    print("Q3:", Q3)
    print("Q4:", Q4)
    print("Q5:", Q5, "=", float(Q5))
    print("Q6:", stable_softmax(np.array([1000.0, 1001.0])))
