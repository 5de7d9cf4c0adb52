"""
DL Assignment 3 -- Jonas Lindqvist (jlindq)

I put everything in one file, answers are in this docstring and Q6 is the
function below.

Q1 (a)
    conv: padding 1 keeps 28x28, depth becomes 64.
    then 2x2 max pool, stride 2 -> 14x14, and one more halving for the
    stride -> 7x7.
    ANSWER: 7 x 7 x 64

Q1 (b)
    3*3*3 weights per filter = 27, plus bias = 28
    28 * 64 = 1792
    ANSWER: 1792

Q2
    dL/dW = outer(delta, x) = [[ 0.5,  1.0, -0.5],
                               [-1.0, -2.0,  1.0]]
    W_new = W - 0.1 * dL/dW
    ANSWER: W_new = [[0.15, -0.20,  0.45],
                     [0.10,  0.50, -0.30]]

Q3
    L = -sum_k y_k log p_k
    dL/dp_k = -y_k / p_k
    ANSWER: dL/dz_k = -y_k / p_k

Q4
    No -- at inference BN uses the running mean / running variance that
    were tracked during training (model.eval() in pytorch), not the
    statistics of the test batch.

Q5
    correct = trace = 50 + 45 + 50 = 145
    acc = 145 / 220 = 0.659
    ANSWER: 0.659
"""

import numpy as np


def stable_softmax(z):
    """Softmax over the last axis, computed through log-sum-exp."""
    z = np.asarray(z, dtype=np.float64)
    m = np.max(z, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return np.exp(z - lse)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax(np.random.randn(2, 3, 4)).sum(axis=-1))
