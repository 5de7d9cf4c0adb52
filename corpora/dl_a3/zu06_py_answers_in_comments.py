# =============================================================
#  Deep Learning - Assignment 3
#  Student: Hana Kobayashi   (ID: 48-221907)
#  Everything is in this one file; written answers are comments,
#  Q6 is the function at the bottom.
# =============================================================
#
# ---- Q1(a) -------------------------------------------------
#   conv: H' = (28 - 3 + 2*1)/1 + 1 = 28, channels = #filters = 64
#   pool: 28 / 2 = 14
#   ANSWER: (14, 14, 64)
#
# ---- Q1(b) -------------------------------------------------
#   weights = 3*3*3*64 = 1728 ; biases = 64
#   ANSWER: 1792
#
# ---- Q2 ----------------------------------------------------
#   grad = x δᵀ  (3x1 times 1x2 -> 3x2)
#        = [[ 0.5, -1.0],
#           [ 1.0, -2.0],
#           [-0.5,  1.0]]
#   I keep the weights as (in, out) like in my numpy code, so
#   W (in,out) = Wᵀ = [[0.2, 0.0], [-0.1, 0.3], [0.4, -0.2]]
#   W_new = W - 0.1*grad
#   ANSWER:
#       W_new = [[ 0.15,  0.1 ],
#                [-0.2 ,  0.5 ],
#                [ 0.45, -0.3 ]]
#
# ---- Q3 ----------------------------------------------------
#   dL/dz_k = sum_j dL/dp_j * dp_j/dz_k
#           = sum_j (-y_j/p_j) * p_j (delta_jk - p_k)
#           = -y_k + p_k * sum_j y_j = p_k - y_k
#   ANSWER: dL/dz_k = p_k - y_k
#
# ---- Q4 ----------------------------------------------------
#   ANSWER: Yes. BN always normalises with the mean and variance of
#   the batch it gets, at test time that is the test batch (that is
#   the whole point of "batch" norm).
#
# ---- Q5 ----------------------------------------------------
#   trace = 50 + 45 + 50 = 145 ; N = 220
#   ANSWER: 145/220 = 0.6591 (65.91 %)
#
# ---- Q6 ----------------------------------------------------
import numpy as np


def stable_softmax(z):
    """Numerically stable softmax over the last axis."""
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))          # [0.09 0.2447 0.6652]
    print(stable_softmax(np.array([[1000.0, 1001.0, 1002.0],
                                   [-1000.0, -1000.0, -1000.0]])))
