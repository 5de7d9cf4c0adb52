"""
Deep Learning - Assignment 3
Rahul Verma, 2020CSB1110

I am handing everything in as one python file; written answers are in
this docstring, the code for Q6 is below.

Q1 (a)  conv 3x3 / stride 1 / pad 1 keeps 28x28, 64 filters -> 28x28x64,
        relu keeps it, maxpool 2x2/2 -> 14x14.
        With a batch of N images (NHWC): (N, 14, 14, 64).

Q1 (b)  (3*3*3 + 1) * 64 = 1792

Q2      grad_W = outer(delta, x) = [[0.5, 1, -0.5], [-1, -2, 1]]
        W_new  = W - 0.1 * grad_W
               = [[0.15, -0.2, 0.45],
                  [0.10,  0.5, -0.3]]
        (checked with check_q2() below)

Q3      dL/dz_k = p_k - y_k
        (L = -z_c + logsumexp(z) for the true class c; derivative of
         logsumexp is softmax, derivative of -z_c is -y_k)

Q4      No.

Q5      145 / 220 = 0.6591
"""
import numpy as np


def stable_softmax(z):
    """Softmax along the last axis; shifting by the max avoids overflow."""
    z = np.asarray(z, dtype=np.float64)
    z = z - z.max(axis=-1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=-1, keepdims=True)
    return z


def check_q2():
    W = np.array([[0.2, -0.1, 0.4], [0.0, 0.3, -0.2]])
    x = np.array([1.0, 2.0, -1.0])
    delta = np.array([0.5, -1.0])
    return W - 0.1 * np.outer(delta, x)


if __name__ == "__main__":
    print(check_q2())
    print(stable_softmax([1000, 1001]))
    C = np.array([[50, 12, 8], [10, 45, 15], [9, 21, 50]])
    print(np.trace(C) / C.sum())
