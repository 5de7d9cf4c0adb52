# DL A3 -- Rahul Mehta
# I did the whole assignment as a python script. Run it and it prints my answers.
# The written parts are in comments next to the prints.

import numpy as np


# ---------------- Q6 ----------------
def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)


def q1():
    H = 28
    k = 3
    conv = H - k + 1          # 26
    pooled = conv // 2        # 13
    print("Q1a shape:", (pooled, pooled, 64))     # -> (13, 13, 64)
    per_filter = k * k * 3    # 27
    positions = 28 * 28       # weights used at every output pixel
    print("Q1b params:", per_filter * 64 * positions)   # -> 1354752


def q2():
    W = np.array([[0.2, -0.1, 0.4],
                  [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    grad = np.outer(delta, x)          # dL/dW = delta x^T
    W_new = W - 0.1 * grad
    print("Q2 W_new:\n", W_new)
    # [[ 0.15 -0.2   0.45]
    #  [ 0.1   0.5  -0.3 ]]


def q3():
    # derivation on paper: dL/dz_k = p_k - y_k
    z = np.array([0.3, -1.2, 2.0])
    y = np.array([0, 0, 1])
    p = stable_softmax(z)
    print("Q3 dL/dz = p - y =", p - y)


def q4():
    print("Q4: No - at test time BN uses the running mean/var from training, "
          "not the statistics of the test batch.")


def q5():
    C = np.array([[50, 12, 8],
                  [10, 45, 15],
                  [9, 21, 50]])
    acc = np.trace(C) / C.sum()
    print("Q5 accuracy:", acc)     # 0.6590909090909091


if __name__ == "__main__":
    q1(); q2(); q3(); q4(); q5()
    print(stable_softmax([1000, 1001]))
