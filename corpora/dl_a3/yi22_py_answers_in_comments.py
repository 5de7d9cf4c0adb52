"""
Deep Learning - Assignment 3
Student: Daniel Kim

All answers are in this file; run it to see the numbers.

Q1 (a)  conv 3x3, pad 1, stride 1 keeps 28x28, 64 filters -> 28x28x64,
        maxpool 2x2 stride 2 -> 14 x 14 x 64
Q1 (b)  3*3*3 weights per filter, 64 filters -> 3*3*3*64 = 1728 parameters
Q2      see sgd_step() below, printed output:
            dL/dW = [[ 0.5  1.  -0.5]
                     [-1.  -2.   1. ]]
            W_new = [[ 0.15 -0.2   0.45]
                     [ 0.1   0.5  -0.3 ]]
Q3      dL/dz_k = p_k - y_k   (derivation in the comment at softmax_grad)
Q4      No - at test time BN uses the running mean/variance (exponential moving
        average collected during training), not the test batch statistics.
Q5      accuracy = 145/220 = 0.6591
Q6      stable_softmax below
"""
import numpy as np


def conv_output_shape(h=28, w=28, k=3, p=1, s=1, n_filters=64, pool=2):
    h_out = (h + 2 * p - k) // s + 1
    w_out = (w + 2 * p - k) // s + 1
    return (h_out // pool, w_out // pool, n_filters)


def conv_params(k=3, c_in=3, n_filters=64):
    return k * k * c_in * n_filters


def sgd_step(lr=0.1):
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    grad = np.outer(delta, x)          # dL/dW = delta x^T
    return grad, W - lr * grad


def softmax_grad(z, y):
    # L = -sum_k y_k log p_k, log p_j = z_j - logsumexp(z)
    # dL/dz_k = -sum_j y_j (1[j=k] - p_k) = p_k - y_k
    return stable_softmax(z) - y


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / np.sum(ez, axis=-1, keepdims=True)


def accuracy():
    cm = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    return np.trace(cm) / cm.sum()


if __name__ == "__main__":
    print("Q1a", conv_output_shape())
    print("Q1b", conv_params())
    g, Wn = sgd_step()
    print("dL/dW =", g)
    print("W_new =", Wn)
    print("Q5", round(accuracy(), 4))
    print("softmax [1000, 1001]:", stable_softmax([1000, 1001]))
