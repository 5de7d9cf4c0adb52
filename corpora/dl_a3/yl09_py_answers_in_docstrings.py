"""
DL Assignment 3 -- Tom Nguyen (st. no. 6120554)

Everything is in this one file: the written answers are in the docstrings
below, the code for Q6 is stable_softmax() at the bottom.
"""
import numpy as np


def q1():
    """
    Q1 (a)
        conv output = (28 - 3 + 2*1)/1 + 1 = 28   -> 28 x 28 x 64
        maxpool 2x2 stride 2 -> 28 / 2 = 14
        ANSWER: (14, 14, 64)

    Q1 (b)
        each filter: 3*3*3 weights + 1 bias = 28
        ANSWER: 64 * 28 = 1792 parameters
    """


def q2():
    """
    Q2
        dL/dW = delta x^T = [[ 0.5,  1.0, -0.5],
                             [-1.0, -2.0,  1.0]]

        W_new = W + lr * dL/dW
              = [[0.25, 0.0, 0.35],
                 [-0.1, 0.1, -0.1]]
    """
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    grad = np.outer(delta, x)
    return W + 0.1 * grad


def q3():
    """
    Q3
        p = softmax(z),  L = -sum_k y_k log p_k
        dp_i/dz_k = p_i (1[i==k] - p_k)
        dL/dz_k = -sum_i y_i (1[i==k] - p_k) = -y_k + p_k * sum_i y_i
        ANSWER: dL/dz_k = p_k - y_k
    """


def q4():
    """
    Q4
        No. At test time BN normalises with the running mean and running
        variance that were accumulated during training (exponential moving
        average), not with the statistics of the test batch.
    """


def q5():
    """
    Q5
        accuracy = (50 + 45 + 50) / 220 = 145/220 = 0.6591  (65.91 %)
    """
    cm = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    return np.trace(cm) / cm.sum()


def stable_softmax(z):
    """Q6: softmax over the last axis, max-shifted so exp() never overflows."""
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print("Q2 W_new =\n", q2())
    print("Q5 accuracy =", q5())
    print("Q6:", stable_softmax(np.array([1000.0, 1001.0])))
