"""
DL Assignment 3
Student: Carlos Mendoza Ríos   (ID 2019-11873)

Written answers are in this docstring, Q6 is the function below.

Q1 (a)
    conv:  (28 + 2*1 - 3)/2 + 1 = 13.5 + 1 -> 14   (stride 2)
    pool:  14 / 2 = 7
    => output = 7 x 7 x 64

Q1 (b)
    params = (3*3*3 + 1) * 64 = 28 * 64 = 1792

Q2
    dL/dW = delta x^T = [[0.5, 1.0, -0.5], [-1.0, -2.0, 1.0]]
    W_new = W - 0.1 * dL/dW = [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]]

Q3
    dL/dz_k = p_k - y_k
    (derivation: L = -log p_c = -z_c + log sum_j exp(z_j);
     d/dz_k -> -1[k==c] + exp(z_k)/sum_j exp(z_j) = p_k - y_k)

Q4
    No. At inference BN uses the moving averages of mean and variance
    estimated during training (population statistics), not the test batch.

Q5
    correct = 50 + 45 + 50 = 145
    accuracy = 145/220 = 0.659 -> 65.9 %
"""
import numpy as np


def stable_softmax(z):
    # clip the logits so that exp() cannot overflow
    z = np.clip(z, -50, 50)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))   # no overflow now
