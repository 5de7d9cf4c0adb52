"""
DL assignment 3  --  Ravi Shankar Iyer
Everything is in this one file (written answers in this docstring, Q6 below).

Q1 (a)  conv: (28 + 2*1 - 3)/1 + 1 = 28  -> 64 x 28 x 28
        pool 2x2/2                        -> 64 x 14 x 14
        so with the batch dim, output tensor is (1, 64, 14, 14)

Q1 (b)  see N_PARAMS below: 3*3*3*64 + 64 = 1_792

Q2      see the numpy part at the bottom; I get
        W_new = [[ 0.15, -0.2 ,  0.45],
                 [ 0.1 ,  0.5 , -0.3 ]]

Q3      dL/dz = softmax(z) - onehot(y),  i.e. dL/dz_k = p_k - y_k
        (from dlog p_c/dz_k = 1[k=c] - p_k and L = -log p_c)

Q4      No. model.eval() switches BN to running_mean / running_var
        (estimated with momentum during training); the batch itself is
        not used for the statistics.

Q5      accuracy: 65.91   (diag 50+45+50 over 220 images)
"""
import numpy as np

N_PARAMS = 3 * 3 * 3 * 64 + 64  # 1792


def stable_softmax(z):
    """softmax along the last axis, shift by max for stability"""
    a = np.asarray(z, dtype=np.float64)
    m = np.max(a, axis=-1, keepdims=True)
    e = np.exp(a - m)
    s = np.sum(e, axis=-1, keepdims=True)
    return e / s


def _q2():
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    grad = np.outer(delta, x)
    return W - 0.1 * grad


if __name__ == "__main__":
    print(N_PARAMS)
    print(_q2())
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
