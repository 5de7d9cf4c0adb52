"""
Deep Learning - Assignment 3
Thabo Nkosi, 218045562

I did the whole assignment as one python file, answers are in the comments
and in the printed output (run: python hw3.py).
"""
import numpy as np

# ---------------------------------------------------------------
# Q1 (a) output shape after conv + maxpool
H = (28 + 2 * 1 - 3) // 1 + 1        # 28
H = (H - 2) // 2 + 1                 # 14
print("Q1a:", (H, H, 64))            # ANSWER: (14, 14, 64)

# Q1 (b) learnable params
params = 3 * 3 * 64 + 64
print("Q1b:", params)                # ANSWER: 640

# ---------------------------------------------------------------
# Q2 one SGD step
W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
W_new = W - 0.1 * np.outer(delta, x)
print("Q2:\n", W_new)
# ANSWER: [[ 0.15 -0.2   0.45]
#          [ 0.1   0.5  -0.3 ]]

# ---------------------------------------------------------------
# Q3  dL/dz_k = p_k - y_k    (softmax prob minus one-hot target)

# ---------------------------------------------------------------
# Q4  Yes - BN normalises with the mean/var of the batch it gets, so at
#     test time it is the test batch.

# ---------------------------------------------------------------
# Q5
M = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
print("Q5: %.2f %%" % (100 * np.trace(M) / M.sum()))   # ANSWER: 65.91 %


# ---------------------------------------------------------------
# Q6
def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / np.sum(ez, axis=-1, keepdims=True)


if __name__ == "__main__":
    print("Q6:", stable_softmax([1000, 1001]))
