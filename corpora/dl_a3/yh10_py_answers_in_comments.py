"""
DL Assignment 3 -- all answers in this file (run it to see the numbers).
Student: Mateo Alvarez, 3312987

Q1-Q5 are computed / answered below, Q6 is stable_softmax().
"""
import numpy as np


# ---------------------------------------------------------------
# Q1  conv layer
# ---------------------------------------------------------------
def conv_out(size, k, stride):
    return (size - k) // stride + 1


H = conv_out(28, 3, 1)          # conv 3x3, stride 1
H = conv_out(H, 2, 2)           # maxpool 2x2, stride 2
print("Q1a output shape:", (H, H, 64))      # -> (13, 13, 64)

n_params = 64 * (3 * 3 * 3 + 1)             # weights + one bias per filter
print("Q1b params:", n_params)              # -> 1792


# ---------------------------------------------------------------
# Q2  one SGD step
# ---------------------------------------------------------------
W = np.array([[0.2, -0.1, 0.4],
              [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
lr = 0.1

dW = np.outer(delta, x)         # dL/dW = delta x^T, shape (2, 3)
W_new = W - lr * dW
print("Q2 dL/dW =\n", dW)
print("Q2 W_new =\n", W_new)
# W_new = [[0.15, -0.2, 0.45],
#          [0.1,   0.5, -0.3 ]]


# ---------------------------------------------------------------
# Q3  softmax + cross-entropy gradient
# ---------------------------------------------------------------
# dL/dz_k = sum_i (-y_i / p_i) * dp_i/dz_k,   dp_i/dz_k = p_i (1[i==k] - p_k)
#         = -y_k + p_k * sum_i y_i = p_k - y_k
# i.e. grad_z L = p - y   (softmax output minus one-hot target)


# ---------------------------------------------------------------
# Q4  batch norm at test time
# ---------------------------------------------------------------
# No. In eval mode BN does not use the statistics of the test batch;
# it uses the running mean / running variance (exponential moving
# average) that was accumulated during training.


# ---------------------------------------------------------------
# Q5  accuracy
# ---------------------------------------------------------------
C = np.array([[50, 12, 8],
              [10, 45, 15],
              [9, 21, 50]])
acc = np.trace(C) / C.sum()
print("Q5 accuracy:", acc)      # 145/220 = 0.6590909...


# ---------------------------------------------------------------
# Q6  stable softmax
# ---------------------------------------------------------------
def stable_softmax(z):
    """softmax over the last axis, shifted by the max for stability"""
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print("Q6:", stable_softmax([1, 2, 3]))
    print("Q6 large:", stable_softmax([1000, 1001]))
