#!/usr/bin/env python3
"""DL A3, Q6 -- numerically stable softmax over the last axis.

Idea: softmax(z) = softmax(z - c) for any c that is constant along the
softmax axis. Choosing c = max(z) along that axis bounds every exponent
by 0, so exp() cannot overflow; at least one term equals 1, so the
denominator cannot underflow to 0 either.
"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    shifted = z - z.max(axis=-1, keepdims=True)
    num = np.exp(shifted)
    return num / num.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    np.set_printoptions(precision=4)
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax(np.random.randn(2, 3, 4)).sum(-1))
