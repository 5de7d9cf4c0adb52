"""
DL Assignment 3  --  Hannah Schmidt
Answers to the written questions are in the comments below; Q6 is the function.

Q1 (a)  Conv2d(3 -> 64, 3x3, stride 1, pad 1) keeps 28x28, MaxPool 2x2/2 -> 14x14.
        Output tensor shape (N, 14, 14, 64)   [N = batch size; for one image 14x14x64]
Q1 (b)  params = 64 * 3*3*3 + 64 = 1728 + 64 = 1792

Q2      grad_W = outer(delta, x) = [[0.5, 1, -0.5], [-1, -2, 1]]
        W <- W - lr * grad_W
        W after one step = [[0.15, -0.2, 0.45],
                            [0.1,   0.5, -0.3]]

Q3      dL/dz_k = softmax(z)_k - y_k    (probability minus one-hot target)

Q4      No -- BN in eval mode normalises with the running averages of mean and variance
        that were estimated during training. The test batch's own statistics are not used.

Q5      top-1 accuracy = trace / total = 145 / 220 = 0.6591
"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    print(W - 0.1 * np.outer(delta, x))
    C = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    print(np.trace(C) / C.sum())
    print(stable_softmax([1, 2, 3]))
