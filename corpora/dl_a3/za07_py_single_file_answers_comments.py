# softmax_impl.py  --  DL Assignment 3
# Lukas Brandt
#
# The TA said on the forum that one file is fine if everything is in it, so
# my written answers are in the comments below and the Q6 function is at
# the bottom.
#
# ---------------------------------------------------------------------------
# Q1 (a)
#   I checked it with PyTorch, whose layout is (batch, channels, H, W):
#     x = torch.zeros(1, 3, 28, 28)
#     conv = nn.Conv2d(3, 64, kernel_size=3, stride=1, padding=1)
#     pool = nn.MaxPool2d(2, 2)
#     pool(conv(x)).shape  ->  torch.Size([1, 64, 14, 14])
#   Answer: (1, 64, 14, 14)
#
# Q1 (b)
#   sum(p.numel() for p in conv.parameters())  ->  1792
#   i.e. weight 64*3*3*3 = 1,728 and bias 64.  Answer: 1,792
#
# ---------------------------------------------------------------------------
# Q2
#   dL/dW = x delta^T   (3x1 times 1x2)
#         = [[ 0.5, -1.0],
#            [ 1.0, -2.0],
#            [-0.5,  1.0]]
#   W^T - 0.1 * that gives
#   W_new = [[ 0.15,  0.10],
#            [-0.20,  0.50],
#            [ 0.45, -0.30]]
#
# ---------------------------------------------------------------------------
# Q3
#   L = -log p_c = -z_c + log sum_j exp(z_j)
#   dL/dz_k = -1[k=c] + exp(z_k)/sum_j exp(z_j)
#   => dL/dz_k = p_k - y_k
#
# ---------------------------------------------------------------------------
# Q4
#   No -- in eval mode BN normalises with the running_mean / running_var
#   buffers it accumulated during training, not with the statistics of the
#   test batch.
#
# ---------------------------------------------------------------------------
# Q5
#   (50 + 45 + 50) / 220 = 145 / 220 = 0.6591
# ---------------------------------------------------------------------------

import numpy as np


def stable_softmax(z):
    """Softmax over the last axis; subtracting the row max keeps exp() finite."""
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))            # [0.09003057 0.24472847 0.66524096]
    print(stable_softmax([1000, 1001]))         # [0.26894142 0.73105858]
