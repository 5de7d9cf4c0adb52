"""DL A3 Q6 - Rahul Deshmukh"""
import numpy as np


def stable_softmax(z):
    x = np.asarray(z, dtype=np.float64)
    x_max = np.amax(x, axis=-1, keepdims=True)
    exp_x = np.exp(x - x_max)
    return exp_x / exp_x.sum(axis=-1, keepdims=True)


def _demo():
    for case in ([1, 2, 3], [1000, 1001], [[1000, 1001, 1002], [-1000, -1000, -1000]]):
        print(case, "->", stable_softmax(case))


if __name__ == "__main__":
    _demo()
