#!/usr/bin/env python
# coding: utf-8

# exported from softmax.ipynb

import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    c = np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z - c)
    return ez / ez.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1., 2., 3.])))
    print(stable_softmax(np.array([[1000., 1001., 1002.], [-1000., -1000., -1000.]])))
