# softmax_impl.py  --  DL Assignment 3, Rahul Menon
# I put my written answers in the comments at the bottom of this file (the TA said one file is ok).

import numpy as np


def stable_softmax(z):
    # Q6: subtract the row max so the biggest exponent is exp(0) = 1 -> no overflow
    z = np.asarray(z, dtype=np.float64)
    m = np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z - m)
    s = np.sum(ez, axis=-1, keepdims=True)
    return ez / s


# ---------------------------------------------------------------------------
# Written answers (I did them in the order I solved them)
#
# Q5) top-1 accuracy = correctly classified / total
#     = (50 + 45 + 50) / 220 = 145 / 220 = 0.6591  -> 65.91 %
#
# Q4) No. In eval mode BN normalises with the running mean and running variance
#     accumulated during training, not with the statistics of the test batch.
#
# Q3) dL/dz_k = p_k - y_k
#     (L = -log p_c;  d/dz_k of -z_c + logsumexp(z) = -[k==c] + p_k)
#
# Q2) dL/dW = outer(delta, x) = [[ 0.5,  1.0, -0.5],
#                                [-1.0, -2.0,  1.0]]
#     W_new = W - 0.1 * dL/dW = [[0.15, -0.2,  0.45],
#                                [0.1,   0.5, -0.3 ]]
#
# Q1a) conv with pad 1 keeps 28x28, 64 channels; pool 2x2/2 -> 14x14
#      output shape (N, 64, 14, 14)   (batch, channels, H, W)
#
# Q1b) params = 3*3*64 weights + 64 biases = 576 + 64 = 640
#      ... no wait, I double counted the biases in that line. weights alone are 3*3*64 = 576,
#      and I'm not sure the biases count as "learnable" in the same way, so:
#      answer Q1b: 576
# ---------------------------------------------------------------------------
