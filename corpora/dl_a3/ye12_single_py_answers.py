"""
DL Assignment 3 -- all answers in one file
Author: Tomasz Wieczorek (2263318)

I did everything in Python so the numbers are computed, the answers are written
in the docstrings / comments next to each question and printed when you run it.
"""
import numpy as np


# ---------------------------------------------------------------------------
# Q1 conv layer
# ---------------------------------------------------------------------------
def q1():
    """
    (a) conv: out = (28 + 2*1 - 3)/1 + 1 = 28  -> 28 x 28 x 64
        pool 2x2 stride 2                     -> 14 x 14 x 64
        ANSWER (a): (14, 14, 64)

    (b) each filter: 3*3*3 weights + 1 bias = 28, times 64 filters
        ANSWER (b): 1792
    """
    H = (28 + 2 * 1 - 3) // 1 + 1
    Hp = (H - 2) // 2 + 1
    n_params = 64 * (3 * 3 * 3 + 1)
    print("Q1a:", (Hp, Hp, 64))   # (14, 14, 64)
    print("Q1b:", n_params)       # 1792


# ---------------------------------------------------------------------------
# Q2 one SGD step
# ---------------------------------------------------------------------------
def q2():
    """
    dL/dW = delta x^T (outer product)
          = [[ 0.5,  1.0, -0.5],
             [-1.0, -2.0,  1.0]]
    W_new = W - 0.1 * dL/dW
          = [[0.15, -0.2,  0.45],
             [0.1,   0.5, -0.3 ]]
    """
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    grad = np.outer(delta, x)
    W_new = W - 0.1 * grad
    print("Q2 grad:\n", grad)
    print("Q2 W_new:\n", W_new)


# ---------------------------------------------------------------------------
# Q3 softmax + CE gradient (derivation in comments)
# ---------------------------------------------------------------------------
# L = -sum_k y_k log p_k,  log p_k = z_k - log sum_j exp(z_j)
# dL/dz_k = -y_k + sum_j y_j * p_k = -y_k + p_k      (sum_j y_j = 1, one-hot)
# ANSWER Q3:  dL/dz_k = p_k - y_k
def q3_check():
    z = np.array([0.3, -1.2, 2.0])
    y = np.array([0.0, 1.0, 0.0])
    p = stable_softmax(z)
    eps = 1e-6
    num = np.zeros_like(z)
    for k in range(3):
        zp = z.copy(); zp[k] += eps
        zm = z.copy(); zm[k] -= eps
        num[k] = (-np.sum(y * np.log(stable_softmax(zp))) + np.sum(y * np.log(stable_softmax(zm)))) / (2 * eps)
    print("Q3 numeric:", num, " p - y:", p - y)


# ---------------------------------------------------------------------------
# Q4 batch norm
# ---------------------------------------------------------------------------
# ANSWER Q4: No. At test time BN uses the running mean / running variance
# (exponential moving averages collected during training), not the stats of the
# test batch -> model.eval() in PyTorch switches to these.


# ---------------------------------------------------------------------------
# Q5 accuracy
# ---------------------------------------------------------------------------
def q5():
    """ANSWER Q5: 145/220 = 0.659 (65.9 %)"""
    C = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    acc = np.trace(C) / C.sum()
    print("Q5 accuracy:", acc)   # 0.6590909...


# ---------------------------------------------------------------------------
# Q6 stable softmax
# ---------------------------------------------------------------------------
def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shifted = z - np.max(z, axis=-1)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1)


if __name__ == "__main__":
    q1()
    q2()
    q3_check()
    q5()
    print("Q6:", stable_softmax(np.array([1000.0, 1001.0])))
