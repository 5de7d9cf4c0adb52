"""
Deep Learning - Assignment 3
Jonas Becker, matr. 2291734

Everything is in this one file (answers in the docstrings / comments, the
numbers are computed by the code below and printed when you run it).

Q1 (a) output after the max-pool: (N, 14, 14, 64)  -- NHWC like in Keras,
       i.e. 14 x 14 spatial, 64 channels for every image in the batch.
       conv: (28 + 2*1 - 3)/1 + 1 = 28  -> 28x28x64, pool /2 -> 14x14x64
Q1 (b) params = 64 * (3*3*3 + 1) = 1792

Q2  dL/dW = delta x^T (outer product), W_new = W - 0.1 * dL/dW (see q2())

Q3  dL/dz_k = p_k - y_k
    (L = -log p_c for the true class c; d/dz_k of -z_c + log sum_j e^{z_j}
     = -[k == c] + p_k)

Q4  No. During training BN keeps exponential moving averages of the mean and
    variance; in eval mode it uses those running statistics, not the test
    batch (otherwise the prediction for one image would depend on the other
    images in the batch, and batch size 1 would break).

Q5  see q5()

Q6  stable_softmax below
"""
import numpy as np


def stable_softmax(z):
    """softmax over last axis, shifted by the max -> no overflow"""
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


def q1():
    h = (28 + 2 * 1 - 3) // 1 + 1      # 28
    h_pool = (h - 2) // 2 + 1          # 14
    params = 64 * (3 * 3 * 3 + 1)
    print("Q1a: (N, %d, %d, 64)" % (h_pool, h_pool))
    print("Q1b:", params)              # 1792


def q2():
    W = np.array([[0.2, -0.1, 0.4],
                  [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    grad = np.outer(delta, x)
    # [[ 0.5  1.  -0.5]
    #  [-1.  -2.   1. ]]
    W_new = W - 0.1 * grad
    # [[ 0.15 -0.2   0.45]
    #  [ 0.1   0.5  -0.3 ]]
    print("Q2 dL/dW =\n", grad)
    print("Q2 W_new =\n", W_new)


def q5():
    cm = np.array([[50, 12, 8],
                   [10, 45, 15],
                   [9, 21, 50]])
    acc = 1 - np.trace(cm) / cm.sum()
    print("Q5 accuracy = %.4f" % acc)   # 0.3409


if __name__ == "__main__":
    q1()
    q2()
    q5()
    print("Q6:", stable_softmax([1, 2, 3]), stable_softmax([1000, 1001]))
