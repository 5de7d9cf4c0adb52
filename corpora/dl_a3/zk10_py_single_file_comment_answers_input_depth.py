# DL assignment 3
# Tomasz Kowalczyk
#
# ---------------- written answers ----------------
#
# Q1 a) conv: (28 - 3 + 2*1)/1 + 1 = 28, pool 2x2/2 -> 14
#        the depth stays the same as the image (3 channels, RGB)
#        => output shape 14 x 14 x 3
#
# Q1 b) each filter 3*3 = 9 weights + 1 bias = 10
#        64 filters -> 3*3*64 + 64 = 640 parameters
#
# Q2)  grad_W = delta * x^T = [[0.5, 1, -0.5], [-1, -2, 1]]
#      W_new = W - 0.1 * grad_W
#            = [[0.15, -0.2, 0.45],
#               [0.1,   0.5, -0.3]]
#      (checked with numpy, see bottom of file)
#
# Q3)  dL/dz_k = p_k - y_k
#      (L = -log p_c, derivative of log-sum-exp is the softmax, and the -z_c term gives -1 only for k = c)
#
# Q4)  No. at test time BN uses the running mean / running var saved during training,
#      not the statistics of the test batch.
#
# Q5)  accuracy = (50+45+50)/(50+12+8+10+45+15+9+21+50) = 145/220 = 0.659
#
# Q6)  code below
# -------------------------------------------------

import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    # Q2 check
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    d = np.array([0.5, -1.0])
    print(W - 0.1 * np.outer(d, x))
    # Q6 check
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
