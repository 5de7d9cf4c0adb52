"""
DL Assignment 3 -- Rahul Deshmukh (roll 21B1043)

I put everything in this one file, written answers in this docstring and Q6 below.

Q1 (a)  conv with pad 1 keeps 28x28 (28+2-3+1 = 28), 64 filters -> 28x28x64,
        maxpool 2x2/2 -> output shape (14, 14, 64)
Q1 (b)  params = 64 * (3*3*3) + 64 = 1728 + 64 = 1.792e3

Q2      grad_W = outer(delta, x) = [[0.5, 1.0, -0.5], [-1.0, -2.0, 1.0]]
        W_new  = W - 0.1*grad_W  = [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]]

Q3      dL/dz_k = p_k - y_k

Q4      No. test time -> running_mean and running_var from training are used
        (model.eval()), batch statistics are only used while training.

Q5      accuracy = trace / total = 145 / 220 = 65.91
"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_max = z.max(axis=-1, keepdims=True)
    exps = np.exp(z - z_max)
    return exps / exps.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    # quick check of Q2 and Q5 numbers
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    d = np.array([0.5, -1.0])
    print(W - 0.1 * np.outer(d, x))
    C = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    print(100 * np.trace(C) / C.sum())
    print(stable_softmax([1, 2, 3]))
