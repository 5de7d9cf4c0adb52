"""DL Assignment 3 -- everything in one file (answers in this docstring, Q6 below).

Q1 (a)  conv with pad 1 keeps 28x28; 64 filters -> 64 channels; 2x2/2 pool -> 14x14.
        output shape = (14, 14, 64)

Q1 (b)  per filter 3*3*3 weights + 1 bias = 28; 28 * 64 = 1792 learnable parameters.

Q2      dL/dW = outer(delta, x) = [[ 0.5,  1.0, -0.5],
                                   [-1.0, -2.0,  1.0]]
        W_new = W - 0.1 * dL/dW  = [[0.15, -0.2,  0.45],
                                   [0.1,   0.5, -0.3 ]]
        (checked with numpy, see check_q2() at the bottom)

Q3      dL/dz_k = p_k - y_k

Q4      No.

Q5      (50 + 45 + 50) / 220 = 0.6591
"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    m = np.amax(z, axis=-1, keepdims=True)
    t = np.exp(z - m)
    return t / np.sum(t, axis=-1, keepdims=True)


def check_q2():
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    d = np.array([0.5, -1.0])
    return W - 0.1 * np.outer(d, x)


if __name__ == "__main__":
    print(check_q2())
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
