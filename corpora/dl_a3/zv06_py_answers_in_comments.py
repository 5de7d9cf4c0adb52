# DL Assignment 3
# Name: Li Wei   Student no: 20419876
#
# Written answers (Q1-Q5) are in the comments below, Q6 is the function.
#
# Q1 (a) conv: (28 + 2*1 - 3)/1 + 1 = 28  -> 28 x 28 x 64
#        pool 2x2 stride 2 -> 14 x 14 x 64
#        ANSWER: (14, 14, 64)
#
# Q1 (b) each filter: 3*3*3 = 27 weights + 1 bias = 28
#        64 filters -> 28 * 64 = 1792
#        ANSWER: 1792 parameters
#
# Q2  dL/dW = delta x^T
#        = [[ 0.5*1,  0.5*2,  0.5*(-1)],      [[ 0.5,  1.0, -0.5],
#           [-1*1,   -1*2,   -1*(-1) ]]   =    [-1.0, -2.0,  1.0]]
#     W_new = W - 0.1 * dL/dW
#        = [[0.2-0.05, -0.1-0.1, 0.4+0.05],
#           [0.0+0.1,   0.3+0.2, -0.2-0.1]]
#     ANSWER: W_new = [[0.15, -0.2, 0.45],
#                      [0.1,   0.5, -0.3]]
#
# Q3  L = -sum_k y_k log p_k
#     dL/dp_k = -y_k/p_k
#     dp_j/dz_k = p_j(delta_jk - p_k)
#     dL/dz_k = sum_j (-y_j/p_j) p_j (delta_jk - p_k)
#             = -y_k + p_k sum_j y_j
#             = y_k - p_k      (since sum_j y_j = 1)
#     ANSWER: dL/dz_k = y_k - p_k
#
# Q4  No. At inference BN uses the running mean / running variance that were
#     tracked during training (model.eval() in pytorch), the test batch stats are
#     not used. Otherwise the prediction for one image would depend on the other
#     images in the batch.
#
# Q5  correct = diagonal = 50 + 45 + 50 = 145
#     accuracy = 145/220 = 0.6591  (65.91 %)
#     ANSWER: 145/220

import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z)                 # shift for stability
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
