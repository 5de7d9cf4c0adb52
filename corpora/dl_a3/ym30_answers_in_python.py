"""
DL Assignment 3 -- everything in one file
Author : Yusuf Demir  (student no. 152208)
Date   : 2026-03-10

Run `python a3_demir.py` to print all answers.
"""
import numpy as np

np.random.seed(42)


# ------------------------------------------------------------------ Q1
def q1():
    """Q1. 28x28x3 -> conv(64 filters, 3x3, s=1, p=1) -> maxpool 2x2 s=2

    (a) conv keeps 28x28 (same padding), pool halves -> (14, 14, 64)
    (b) each filter: 3*3 weights + 1 bias = 10 ; 64 filters -> 640
    """
    h = (28 - 3 + 2 * 1) // 1 + 1
    h = h // 2
    shape = (h, h, 64)
    params = 64 * (3 * 3 + 1)
    print("Q1(a) output shape:", shape)
    print("Q1(b) parameters:", params)


# ------------------------------------------------------------------ Q2
def q2():
    """Q2. dL/dW = delta x^T ; W_new = W - eta * dL/dW"""
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    eta = 0.1
    dW = np.outer(delta, x)
    W_new = W - eta * dW
    print("Q2 dL/dW =\n", dW)
    print("Q2 W_new =\n", np.round(W_new, 4))


# ------------------------------------------------------------------ Q3
def q3():
    """Q3. L = -sum y_k log p_k.

    log p_k = z_k - logsumexp(z), sum(y) = 1
    => dL/dz_k = -y_k + softmax(z)_k = p_k - y_k
    """
    # numerical check
    z = np.random.randn(5)
    y = np.eye(5)[2]
    p = stable_softmax(z)
    eps = 1e-6
    num = np.array([(-(y * np.log(stable_softmax(z + eps * e))).sum()
                     + (y * np.log(stable_softmax(z - eps * e))).sum()) / (2 * eps)
                    for e in np.eye(5)])
    print("Q3 dL/dz_k = p_k - y_k   (check:", np.allclose(num, p - y), ")")


# ------------------------------------------------------------------ Q4
def q4():
    """Q4. No."""
    print("Q4 No")


# ------------------------------------------------------------------ Q5
def q5():
    """Q5. accuracy = trace / total"""
    cm = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    acc = np.trace(cm) / cm.sum()
    print(f"Q5 top-1 accuracy = {acc:.4f}  ({np.trace(cm)}/{cm.sum()})")


# ------------------------------------------------------------------ Q6
def stable_softmax(z):
    """Q6. softmax over the last axis, shifted by the max for stability."""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    q1(); q2(); q3(); q4(); q5()
    print("Q6", stable_softmax(np.array([1000.0, 1001.0])))

# Output (v3, 10 Mar):
# Q1(a) output shape: (14, 14, 64)
# Q1(b) parameters: 640
# Q2 dL/dW =
#  [[ 0.5  1.  -0.5]
#  [-1.  -2.   1. ]]
# Q2 W_new =
#  [[ 0.15 -0.2   0.45]
#  [ 0.1   0.5  -0.3 ]]
# Q3 dL/dz_k = p_k - y_k   (check: True )
# Q4 No
# Q5 top-1 accuracy = 0.6591  (145/220)
# Q6 [0.26894142 0.73105858]
