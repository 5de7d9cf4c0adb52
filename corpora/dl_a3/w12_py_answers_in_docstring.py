"""
DL Assignment 3 -- Bongani Dlamini
Everything is in this one file (answers below, code for Q6 at the bottom).

Q1 (a)  shape after the max-pool: (batch, 14, 14, 64)
        [conv with pad 1 keeps 28x28, 64 filters, pool 2/2 halves it]
Q1 (b)  3*3*3*64 + 64 = 1792 learnable parameters

Q2      dL/dW = outer(delta, x)
        >>> W - 0.1*np.outer(d, x)
        array([[ 0.15, -0.2 ,  0.45],
               [ 0.1 ,  0.5 , -0.3 ]])

Q3      dp_k/dz_k = p_k (1 - p_k), and the target enters with a minus sign, so
        dL/dz_k = p_k (1 - p_k) - y_k

Q4      No -- in eval mode the running mean / running variance estimated
        during training replace the batch statistics.

Q5      trace / total = 145 / 220 = 0.6591  (65.91 %)
"""
import numpy as np


def stable_softmax(z):
    """Q6: softmax over the last axis, shifted by the max for stability."""
    z = np.asarray(z, dtype=float)
    top = np.max(z, axis=-1, keepdims=True)
    w = np.exp(z - top)
    return w / w.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    d = np.array([0.5, -1.0])
    print(W - 0.1 * np.outer(d, x))
    C = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    print(np.trace(C) / C.sum())
    print(stable_softmax([1, 2, 3]))
