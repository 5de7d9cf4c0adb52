"""
Deep Learning - Assignment 3
Name: Tobias Lindqvist       Student no. 2213874
I did the whole assignment in this one python file, answers are in the
comments and in what the script prints (output pasted at the bottom).
"""
import numpy as np

# ---------------------------------------------------------------------------
# Q1 conv layer
# out = (28 - 3 + 2*1)/1 + 1 = 28  -> conv output 28x28x64
# maxpool 2x2 stride 2 -> 14 x 14 x 64
# (a) shape after pool: (14, 14, 64)
# (b) params = 64 filters * (3*3*3 weights + 1 bias) = 64 * 28 = 1792
# ---------------------------------------------------------------------------
def q1():
    H = W = 28
    conv = (H - 3 + 2 * 1) // 1 + 1
    pooled = conv // 2
    params = 64 * (3 * 3 * 3 + 1)
    print("Q1a output shape:", (pooled, pooled, 64))
    print("Q1b params:", params)


# ---------------------------------------------------------------------------
# Q2 one SGD step, y = W x
# dL/dW = delta x^T (outer product)
# ---------------------------------------------------------------------------
def q2():
    W = np.array([[0.2, -0.1, 0.4],
                  [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    lr = 0.1
    dW = np.outer(delta, x)
    print("Q2 dL/dW =\n", dW)
    W_new = W + lr * dW          # SGD step
    print("Q2 W_new =\n", W_new)


# ---------------------------------------------------------------------------
# Q3 softmax + cross entropy
# L = -sum_k y_k log p_k ,  d log p_i / d z_k = [i==k] - p_k
# dL/dz_k = -sum_i y_i([i==k] - p_k) = -y_k + p_k * sum_i y_i = p_k - y_k
# ANSWER: dL/dz = p - y
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# Q4 batch norm at test time
# Yes - BN always normalises with the mean and variance of the batch it gets,
# that is what the layer does (then gamma and beta are applied). At test
# time you just feed the test batch through.
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# Q5 accuracy = trace / total
# ---------------------------------------------------------------------------
def q5():
    cm = np.array([[50, 12, 8],
                   [10, 45, 15],
                   [9, 21, 50]])
    acc = np.trace(cm) / cm.sum()
    print("Q5 accuracy:", cm.sum(), "images,", np.trace(cm), "correct ->", round(acc, 4))


# ---------------------------------------------------------------------------
# Q6 stable softmax
# ---------------------------------------------------------------------------
def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z = z - z.max(axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    q1()
    q2()
    q5()
    print("Q6:", stable_softmax(np.array([1000.0, 1001.0])))

# ---------------------------------------------------------------------------
# output:
# Q1a output shape: (14, 14, 64)
# Q1b params: 1792
# Q2 dL/dW =
#  [[ 0.5  1.  -0.5]
#  [-1.  -2.   1. ]]
# Q2 W_new =
#  [[ 0.25  0.    0.35]
#  [-0.1   0.1  -0.1 ]]
# Q5 accuracy: 220 images, 145 correct -> 0.6591
# Q6: [0.26894142 0.73105858]
# ---------------------------------------------------------------------------
