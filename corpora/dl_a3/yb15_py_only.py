"""
DL Assignment 3  --  all answers in this file
Name: Jonas Whitfield   Student no. 2291735
(Ran with python 3.11 + numpy 1.26. Printed outputs pasted below each section.)
"""
import numpy as np

# ---------------------------------------------------------------------------
# Q1 conv layer
# ---------------------------------------------------------------------------
H = W_in = 28
C_in = 3
K = 3
F = 64
P = 1
S = 1

conv_out = (H - K + 2 * P) // S + 1          # 28
pool_out = conv_out // 2                      # 14
print("Q1a output shape after pool:", (pool_out, pool_out, F))
# Q1a output shape after pool: (14, 14, 64)

n_params = F * (K * K * C_in + 1)
print("Q1b params:", n_params)
# Q1b params: 1792      (= 64 filters * (27 weights + 1 bias))

# ---------------------------------------------------------------------------
# Q2 one SGD step
# ---------------------------------------------------------------------------
W = np.array([[0.2, -0.1, 0.4],
              [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
lr = 0.1

dW = np.outer(delta, x)            # dL/dW = delta x^T
print("Q2 dL/dW =\n", dW)
# Q2 dL/dW =
#  [[ 0.5  1.  -0.5]
#  [-1.  -2.   1. ]]

W_new = W + lr * dW
print("Q2 W_new =\n", W_new)
# Q2 W_new =
#  [[ 0.25  0.    0.35]
#  [-0.1   0.1  -0.1 ]]


# ---------------------------------------------------------------------------
# Q3 softmax + cross entropy gradient
# ---------------------------------------------------------------------------
"""
L = -sum_k y_k log p_k,   p_k = exp(z_k) / sum_j exp(z_j)

d log p_j / d z_k = delta_jk - p_k

dL/dz_k = -sum_j y_j (delta_jk - p_k) = -y_k + p_k * sum_j y_j = p_k - y_k
(since y is one-hot, sum_j y_j = 1)

ANSWER:  dL/dz_k = p_k - y_k
"""


# ---------------------------------------------------------------------------
# Q4 batch norm at test time
# ---------------------------------------------------------------------------
"""
No. During training BN keeps running averages (exponential moving average)
of the mean and variance of every channel. At test time those stored
population statistics are used, so the output for an image does not depend on
which other images happen to be in the test batch (and batch size 1 works).
"""


# ---------------------------------------------------------------------------
# Q5 accuracy
# ---------------------------------------------------------------------------
cm = np.array([[50, 12, 8],
               [10, 45, 15],
               [9, 21, 50]])
acc = np.trace(cm) / cm.sum()
print("Q5 accuracy = %d/%d = %.4f" % (np.trace(cm), cm.sum(), acc))
# Q5 accuracy = 145/220 = 0.6591


# ---------------------------------------------------------------------------
# Q6 stable softmax
# ---------------------------------------------------------------------------
def stable_softmax(z):
    """softmax over the last axis, shifted by the max so exp never overflows"""
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / np.sum(ez, axis=-1, keepdims=True)


print("Q6", stable_softmax(np.array([1000.0, 1001.0])))
# Q6 [0.26894142 0.73105858]
