"""Q1(c) GNR638 A2 - Farhan Qureshi (21D180021), Tanvi Hegde (21D180040)

Layer-wise backprop for the 2-2-2 sigmoid network.  The notebook
A2_solutions.ipynb imports gradients() from this file.
"""
import numpy as np


class Sigmoid:
    def forward(self, z):
        self.out = 1.0 / (1.0 + np.exp(-z))
        return self.out

    def backward(self, grad_out):
        return grad_out * self.out * (1.0 - self.out)


class Linear:
    def __init__(self, W, b):
        self.W = np.asarray(W, dtype=float)
        self.b = np.asarray(b, dtype=float)

    def forward(self, inp):
        self.inp = inp
        return self.W @ inp + self.b

    def backward(self, grad_out):
        self.dW = np.outer(grad_out, self.inp)
        self.db = grad_out.copy()
        return self.W.T @ grad_out


def gradients(W1, b1, W2, b2, x, t):
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)
    l1, a1, l2, a2 = Linear(W1, b1), Sigmoid(), Linear(W2, b2), Sigmoid()
    o = a2.forward(l2.forward(a1.forward(l1.forward(x))))
    g = o - t                      # dE/do for E = 1/2 ||t - o||^2
    g = l2.backward(a2.backward(g))
    l1.backward(a1.backward(g))
    return l1.dW, l1.db, l2.dW, l2.db
