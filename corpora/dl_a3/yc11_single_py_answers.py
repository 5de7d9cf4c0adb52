"""
Deep Learning - Assignment 3
All answers are in this file (docstrings + printed values). Run: python a3_answers.py

Q1 (a) conv 3x3, stride 1, pad 1 keeps 28x28 -> 28x28x64, then maxpool 2x2/2 halves it.
       Output after pool: 14 x 14 x 64
Q1 (b) each filter: 3*3*3 weights + 1 bias = 28, times 64 filters = 1792 params

Q3  L = -sum_k y_k log p_k,  dp_j/dz_k = p_j(delta_jk - p_k)
    dL/dz_k = -sum_j y_j/p_j * p_j(delta_jk - p_k) = -y_k + p_k * sum_j y_j = -y_k + p_k
    => dL/dz_k = y_k - p_k

Q4  No. During training BN keeps a running mean / running variance (exponential
    moving average). In eval mode those stored statistics are used, not the statistics of
    the test batch, so the output for one image doesn't depend on the other images in the batch
    (and it works with batch size 1).
"""
import numpy as np

# ---------------- Q2: one SGD step ----------------
W = np.array([[0.2, -0.1, 0.4],
              [0.0, 0.3, -0.2]])
x = np.array([1.0, 2.0, -1.0])
delta = np.array([0.5, -1.0])
lr = 0.1

dW = np.outer(delta, x)          # dL/dW = delta x^T  (2x3)
W_new = W - lr * dW

# ---------------- Q5: accuracy ----------------
cm = np.array([[50, 12, 8],
               [10, 45, 15],
               [9, 21, 50]])
acc = np.trace(cm) / cm.sum()


# ---------------- Q6: stable softmax ----------------
def stable_softmax(z):
    """softmax over last axis; subtract the max first so exp() doesn't overflow"""
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1)
    e = np.exp(z)
    return e / np.sum(e, axis=-1)


if __name__ == "__main__":
    print("Q2 dL/dW =\n", dW)
    # [[ 0.5  1.  -0.5]
    #  [-1.  -2.   1. ]]
    print("Q2 W_new =\n", W_new)
    # [[ 0.15 -0.2   0.45]
    #  [ 0.1   0.5  -0.3 ]]
    print("Q5 accuracy =", cm.trace(), "/", cm.sum(), "=", round(acc, 4))
    # Q5 accuracy = 145 / 220 = 0.6591
    print("Q6", stable_softmax(np.array([1.0, 2.0, 3.0])))
    print("Q6 large", stable_softmax(np.array([1000.0, 1001.0])))
