"""
Deep Learning - Assignment 3
Author: Daniel Okafor (student no. 1187342)

I put all my answers in this file (the written ones in this docstring, Q6 is the
function below).

Q1
  (a) conv 3x3, stride 1, pad 1 keeps H and W: (28 + 2 - 3)/1 + 1 = 28, depth = 64
      -> 28 x 28 x 64 after conv, maxpool 2x2 stride 2 -> 14 x 14 x 64
      ANSWER: (14, 14, 64)
  (b) per filter 3*3*3 weights + 1 bias = 28
      ANSWER: 64 * 28 = 1792

Q2
  dL/dW = delta x^T = [[ 0.5,  1.0, -0.5],
                       [-1.0, -2.0,  1.0]]
  W_new = W - 0.1 * dL/dW
  ANSWER: W_new = [[0.15, -0.2, 0.45],
                   [0.1,   0.5, -0.3]]

Q3
  L = -sum_k y_k log p_k
  dL/dp_k = -y_k / p_k
  ANSWER: dL/dz_k = -y_k / p_k
  (the log differentiates to 1/p_k and the minus sign stays)

Q4
  No. BN keeps running averages of mean and variance during training and uses
  those fixed statistics at test time (model.eval()), it does not recompute them
  from the test batch.

Q5
  correct = 50 + 45 + 50 = 145 out of 220
  ANSWER: accuracy = 145/220 ~ 0.659 (65.9 %)
"""
import numpy as np


def stable_softmax(z):
    """Q6: softmax over the last axis of z, numerically stable.

    exp(z - c) / sum(exp(z - c)) is the same for every constant c, choosing
    c = max(z) along the last axis means the biggest exponent is exp(0) = 1.
    """
    z = np.asarray(z, dtype=float)
    c = np.amax(z, axis=-1, keepdims=True)
    e = np.exp(z - c)
    return e / e.sum(axis=-1, keepdims=True)


def _check():
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
    a = np.random.randn(2, 3, 4)
    s = stable_softmax(a)
    print(s.shape, np.allclose(s.sum(axis=-1), 1.0))


if __name__ == "__main__":
    _check()
