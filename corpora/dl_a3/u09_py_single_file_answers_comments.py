# DL Assignment 3 -- Oskar Wiśniewski
# Everything is in this one file (the TA said that is ok).
#
# Q1 (a)  conv (pad 1, stride 1) keeps 28x28 -> 28x28x64, then 2x2 pool /2
#         => output shape (14, 14, 64)
# Q1 (b)  (3*3*3 weights + 1 bias) per filter * 64 filters = 28 * 64 = 1792
#
# Q2      computed below with numpy (see q2()):
#           dL/dW = outer(delta, x)
#           W_new = W - 0.1 * dL/dW
#         what I got when I ran it:
#           [[ 0.15 -0.2   0.35]
#            [ 0.1   0.5  -0.1 ]]
#
# Q3      dL/dz_k = p_k - y_k        (vector form: grad = p - y)
#
# Q4      No. At test time the layer uses the running mean / running variance
#         collected in training (population statistics), so the output for an
#         image does not depend on the other images of the batch.
#
# Q5      145 correct out of 220 -> accuracy 0.659
#
# Q6      stable_softmax below.

import numpy as np


def q2():
    W = np.array([[0.2, -0.1, 0.4],
                  [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, 1.0])
    delta = np.array([0.5, -1.0])
    grad = np.outer(delta, x)
    return W - 0.1 * grad


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    e = np.exp(z - m)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(q2())
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
