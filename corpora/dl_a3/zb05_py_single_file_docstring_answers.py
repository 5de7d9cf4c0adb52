"""
DL Assignment 3  --  Tomasz Wiśniewski
Everything is in this one file (written answers in this docstring, code below).

Q1 (a)  conv: (28 + 2*1 - 3)/1 + 1 = 28  ->  (N, 64, 28, 28)  (PyTorch order)
        pool 2x2/2: 28 -> 14
        ANSWER: (N, 64, 14, 14)
Q1 (b)  weights 64*3*3*3 = 1728, biases 64  ->  1792

Q2      dL/dW = outer(delta, x)
        >>> W - 0.1*np.outer(d, x)
        array([[ 0.15, -0.2 ,  0.45],
               [ 0.1 ,  0.5 , -0.3 ]])

Q3      dL/dz = softmax(z) - onehot(y),  i.e.  dL/dz_k = p_k - y_k

Q4      No. BN in eval mode uses running_mean / running_var estimated during training.

Q5      np.trace(C)/C.sum() = 145/220 = 0.6591  (65.91 %)
"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        e = np.exp(z - z.max())
        return e / e.sum()
    elif z.ndim == 2:
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    else:
        raise ValueError("only 1-D or 2-D input supported")


if __name__ == "__main__":
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    d = np.array([0.5, -1.0])
    print(W - 0.1 * np.outer(d, x))
    C = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    print(np.trace(C) / C.sum())
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
