# =====================================================================
#  DL Assignment 3  --  all answers in this file
#  Name: Tomás Quiroga       Student ID: 20231187
#  (I did everything in python so the numbers come from the code,
#   the printed output is pasted at the bottom)
# =====================================================================
#
# Q1  input 28 x 28 x 3, 64 filters 3x3, stride 1, pad 1, relu, maxpool 2x2 s2
#   (a) conv keeps 28x28 because of the padding, pool halves it
#       -> output after maxpool: 14 x 14 x 64
#   (b) params = k*k*C_in*C_out = 3*3*3*64   (see print below)
#
# Q2  W = [[0.2,-0.1,0.4],[0.0,0.3,-0.2]], x = (1,2,-1), delta = (0.5,-1), eta = 0.1
#       W_new = W - eta * outer(delta, x)   (computed below)
#
# Q3  dL/dz_k = p_k - y_k
#     (softmax jacobian p_i(delta_ik - p_k), multiply by -y_i/p_i, sum over i,
#      the y's sum to 1 because one-hot)
#
# Q4  No -- in eval mode batchnorm uses the running mean and running var
#     that were tracked during training, not the test batch statistics.
#
# Q5  accuracy = trace / total  (computed below)
#
# Q6  stable_softmax below
# =====================================================================

import numpy as np


def stable_softmax(z):
    """softmax over the last axis, shifted by the max so exp never overflows"""
    z = np.asarray(z, dtype=float)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(shifted)
    return ez / np.sum(ez, axis=-1, keepdims=True)


if __name__ == "__main__":
    # ---- Q1 ----
    H = (28 + 2 * 1 - 3) // 1 + 1
    H_pool = (H - 2) // 2 + 1
    print("Q1a shape after pool:", (H_pool, H_pool, 64))
    n_params = 3 * 3 * 3 * 64
    print("Q1b conv params:", n_params)

    # ---- Q2 ----
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    eta = 0.1
    W_new = W - eta * np.outer(delta, x)
    print("Q2 W_new =\n", W_new)

    # ---- Q5 ----
    C = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    print("Q5 total images:", C.sum())
    print("Q5 accuracy =", np.trace(C) / C.sum())

    # ---- Q6 ----
    print("Q6", stable_softmax([1, 2, 3]))
    print("Q6", stable_softmax([1000, 1001]))


# ------------------------- OUTPUT ---------------------------------
# Q1a shape after pool: (14, 14, 64)
# Q1b conv params: 1728
# Q2 W_new =
#  [[ 0.15 -0.2   0.45]
#  [ 0.1   0.5  -0.3 ]]
# Q5 total images: 220
# Q5 accuracy = 0.6590909090909091
# Q6 [0.09003057 0.24472847 0.66524096]
# Q6 [0.26894142 0.73105858]
# ------------------------------------------------------------------
