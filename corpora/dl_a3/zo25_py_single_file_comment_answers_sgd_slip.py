# DL Assignment 3 -- Sebastián Ortega
# Everything in one file: answers to Q1-Q5 are in the comments, Q6 is the function below.
#
# Q1 (a): conv keeps 28x28 (pad 1, k 3, s 1), pool /2  -> output shape (14, 14, 64)
# Q1 (b): 64 * (3*3*3) weights + 64 biases = 1792 learnable parameters
#
# Q2: dL/dW = delta x^T = [[0.5, 1, -0.5], [-1, -2, 1]]
#     W_new = W - 0.1 * dL/dW
#           = [[0.2-0.05, -0.1-0.1, 0.4+0.05],
#              [0.0+0.1,   0.3-0.2, -0.2-0.1]]
#           = [[0.15, -0.2, 0.45],
#              [0.1,   0.1, -0.3]]
#
# Q3: dL/dz_k = p_k - y_k   (softmax prob minus one-hot label)
#
# Q4: No -- BN at test time uses the running mean/var estimated during training.
#
# Q5: accuracy = trace / total = 145 / 220 = 0.659

import numpy as np


def stable_softmax(z):
    """numerically stable softmax along the last axis"""
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
