"""
DL Assignment 3  --  Felix Brandt (2301553)

I put everything in one file: the written answers are in the docstrings /
comments below and the script prints the numbers when you run it.
Q6 (stable_softmax) is at the bottom.

Q1 (a)  conv 3x3, stride 1, pad 1 keeps 28x28, 64 filters -> 28x28x64;
        2x2 max-pool stride 2 -> 14x14.
        For a batch of N images (NHWC, like Keras) the output is (N, 14, 14, 64),
        i.e. 14 x 14 x 64 per image.
Q1 (b)  64 * (3*3*3 + 1) = 1792 learnable parameters.

Q2      dL/dW = delta x^T = [[0.5, 1.0, -0.5], [-1.0, -2.0, 1.0]]
        W_new = W - 0.1 * dL/dW = [[0.15, -0.2, 0.45], [0.1, 0.5, -0.3]]
        (computed below as well)

Q3      L = -sum_k y_k log p_k = -z_c + log sum_j exp(z_j)   (c = true class)
        dL/dz_k = -y_k + exp(z_k)/sum_j exp(z_j) = p_k - y_k
        => grad_z L = softmax(z) - y

Q4      No. At inference BN uses the running mean and running variance that
        were tracked (exponential moving average) during training, not the
        mean/var of the test batch. So results don't depend on batch
        composition and it also works for a single image.

Q5      accuracy = trace / total = (50 + 45 + 50) / 220 = 145/220 = 0.6591
        -> 65.91 %
"""
import numpy as np


def conv_out(n, k, s=1, p=0):
    return (n + 2 * p - k) // s + 1


def q1():
    h = conv_out(28, 3, s=1, p=1)
    h = conv_out(h, 2, s=2)
    print("Q1a output shape (per image):", (h, h, 64))
    print("Q1b params:", 64 * (3 * 3 * 3 + 1))


def q2():
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    grad = np.outer(delta, x)
    print("Q2 dL/dW =\n", grad)
    print("Q2 W_new =\n", W - 0.1 * grad)


def q5():
    cm = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    acc = np.trace(cm) / cm.sum()
    print(f"Q5 accuracy = {np.trace(cm)}/{cm.sum()} = {acc:.4f}")


# ---------------------------------------------------------------- Q6
def stable_softmax(z):
    """Softmax over the last axis of an array of any shape, overflow-safe."""
    z = np.asarray(z, dtype=float)
    z = z - np.amax(z, axis=-1, keepdims=True)   # largest entry becomes 0
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z


if __name__ == "__main__":
    q1()
    q2()
    q5()
    print("Q6", stable_softmax([1, 2, 3]), stable_softmax([1000, 1001]))
