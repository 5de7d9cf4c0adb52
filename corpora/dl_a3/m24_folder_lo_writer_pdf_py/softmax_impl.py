# -*- coding: utf-8 -*-
# HW3 Q6  (Park Ji-hoon)
import numpy as np


def stable_softmax(z):
    x = np.asarray(z, dtype=np.float64)
    x_max = np.expand_dims(np.amax(x, axis=x.ndim - 1), axis=x.ndim - 1)
    exp_x = np.exp(x - x_max)
    denom = np.expand_dims(np.sum(exp_x, axis=x.ndim - 1), axis=x.ndim - 1)
    return exp_x / denom


if __name__ == '__main__':
    a = np.random.randn(2, 3, 4)
    print(stable_softmax(a).sum(axis=-1))
    print(stable_softmax(np.array([1000., 1001.])))
