# Deep Learning - Assignment 3
# Student: Oscar Nilsson (2312694)
#
# Run with:  python a3.py
# All answers are printed; explanations are in the comments.

import numpy as np


def stable_softmax(z):
    """Q6: softmax along the last axis, stable for big logits."""
    z = np.asarray(z, dtype=np.float64)
    shifted = z - z.max(axis=-1, keepdims=True)  # biggest value -> 0
    ex = np.exp(shifted)
    return ex / ex.sum(axis=-1, keepdims=True)


def q1():
    # output size = (n + 2p - k)/s + 1
    n, k, p, s, filters = 28, 3, 1, 1, 64
    out = (n + 2 * p - k) // s + 1
    print("Q1a output shape:", (out, out, filters))         # (28, 28, 64)
    # every filter: 3*3*3 weights + 1 bias
    print("Q1b parameters:", filters * (k * k * 3 + 1))     # 1792


def q2():
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    # y_i = sum_j W_ij x_j  ->  dL/dW_ij = delta_i * x_j
    dW = np.outer(delta, x)
    print("Q2 dL/dW:\n", dW)
    print("Q2 W_new:\n", W - 0.1 * dW)   # [[0.15 -0.2 0.45] [0.1 0.5 -0.3]]


def q3():
    # L = -log p_c = -z_c + log(sum_j exp z_j)
    # dL/dz_k = p_k - y_k    (gradient = softmax output minus one-hot target)
    z = np.array([2.0, 1.0, 0.1])
    y = np.array([1.0, 0.0, 0.0])
    print("Q3 dL/dz = p - y, e.g. for z=[2,1,0.1], y=e_1:", stable_softmax(z) - y)


def q4():
    print("Q4 No - at test time BN uses the running mean/variance stored during "
          "training, not the statistics of the test batch.")


def q5():
    cm = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    correct = np.trace(cm)
    total = cm.sum()
    print(f"Q5 accuracy = {correct}/{total} = {correct / total:.4f}")   # 0.6591


if __name__ == "__main__":
    q1()
    q2()
    q3()
    q4()
    q5()
    print("Q6", stable_softmax(np.array([1000.0, 1001.0])))
