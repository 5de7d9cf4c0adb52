'''
Assignment 2 -- Lakshmi Narayanan  (20D170019)

Ans 1.  E = sum_k (t_k - o_k)^2     (squared error)
        dE/dw11 = 0.0088636
        dE/dw21 = 0.0743575
        code: gradients() in this file

Ans 2.  standard:  8 x 8 x 256 x 5 x 5 x 3 = 1228800
        depthwise separable: 4800 + 49152 = 53952

Ans 3.  Poisson:  p(y|x) = lam^y e^(-lam) / y!
        loss = -log p = lam - y log lam + log y!
'''
import numpy as np


def gradients(W1, b1, W2, b2, x, t):
    sg = lambda u: 1 / (1 + np.exp(-u))
    h = sg(W1 @ x + b1)
    o = sg(W2 @ h + b2)
    dnet2 = 2 * (o - t) * o * (1 - o)
    dnet1 = (W2.T @ dnet2) * h * (1 - h)
    return np.outer(dnet1, x), dnet1, np.outer(dnet2, h), dnet2


if __name__ == '__main__':
    W = np.full((2, 2), 0.5)
    r = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5))
    print(r[0][0, 0], r[2][0, 0])
