# helper module for GNR638 A2 -- Aditya Joshi (22B0640)
import numpy as np


class Sigmoid:
    @staticmethod
    def f(z):
        return 1.0 / (1.0 + np.exp(-z))

    @staticmethod
    def df_from_output(a):
        return a * (1.0 - a)


def forward(W1, b1, W2, b2, x):
    z1 = W1 @ x + b1
    a1 = Sigmoid.f(z1)
    z2 = W2 @ a1 + b2
    a2 = Sigmoid.f(z2)
    return {"x": x, "z1": z1, "a1": a1, "z2": z2, "a2": a2}


def gradients(W1, b1, W2, b2, x, t):
    c = forward(W1, b1, W2, b2, x)
    a1, a2 = c["a1"], c["a2"]
    g2 = (a2 - t) * Sigmoid.df_from_output(a2)
    g1 = (W2.T @ g2) * Sigmoid.df_from_output(a1)
    dW2 = np.outer(g2, a1)
    dW1 = np.outer(g1, x)
    return dW1, g1, dW2, g2
