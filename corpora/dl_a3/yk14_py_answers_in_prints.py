"""
DL Assignment 3 -- Mateo Rossi, s2290034

I did the whole assignment as a script, run it with `python yk_a3.py`.
All answers are printed at the end; the derivations are in the comments.

Q1 (a): conv with k=3, s=1, p=1 keeps 28x28, 64 filters -> 28x28x64,
        2x2 max-pool stride 2 -> 14x14x64.
Q1 (b): 64 * (3*3*3 + 1) = 1792 learnable parameters.
Q2:     dL/dW = delta x^T, W_new = W - 0.1 dL/dW (printed below).
Q3:     dL/dz_k = p_k - y_k  (derivation in q3() docstring)
Q4:     No -- BN uses the running mean/variance from training at test time.
Q5:     145/220 = 0.6591
Q6:     stable_softmax below.
"""
import numpy as np


def stable_softmax(z):
    """Softmax over the last axis; subtract the max first so exp() <= 1."""
    z = np.asarray(z, dtype=np.float64)
    z = z - z.max(axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)


def q1():
    h = (28 + 2 * 1 - 3) // 1 + 1      # 28
    h = (h - 2) // 2 + 1               # 14
    shape = (h, h, 64)
    params = 64 * (3 * 3 * 3 + 1)
    return shape, params


def q2():
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    grad = np.outer(delta, x)          # dL/dW_ij = delta_i * x_j
    return grad, W - 0.1 * grad


def q3():
    """
    L = -sum_k y_k log p_k,  log p_k = z_k - log sum_j exp(z_j)
    => L = -sum_k y_k z_k + log sum_j exp(z_j)     (sum_k y_k = 1)
    => dL/dz_k = -y_k + exp(z_k)/sum_j exp(z_j) = p_k - y_k
    Checked numerically here.
    """
    z = np.array([2.0, -0.5, 0.7]); y = np.array([0.0, 0.0, 1.0])
    loss = lambda v: -np.sum(y * np.log(stable_softmax(v)))
    eps = 1e-6
    num = np.array([(loss(z + eps * e) - loss(z - eps * e)) / (2 * eps) for e in np.eye(3)])
    return np.allclose(num, stable_softmax(z) - y, atol=1e-6)


def q5():
    C = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    return np.trace(C) / C.sum()


if __name__ == "__main__":
    shape, params = q1()
    print("Q1a output shape:", shape)
    print("Q1b parameters:", params)
    grad, W_new = q2()
    print("Q2 dL/dW =\n", grad)
    print("Q2 W_new =\n", W_new)       # [[0.15 -0.2 0.45] [0.1 0.5 -0.3]]
    print("Q3 p - y matches finite differences:", q3())
    print("Q4 No: at test time BN uses running mean/var estimated during training")
    print("Q5 accuracy = %.4f" % q5())  # 0.6591
    print("Q6 softmax([1000, 1001]) =", stable_softmax([1000.0, 1001.0]))
