import numpy as np


def logsumexp(z, axis=-1):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    """softmax over the last axis, max-shifted so exp never overflows"""
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=-1, keepdims=True)
    exps = np.exp(z - z_max)
    return exps / np.sum(exps, axis=-1, keepdims=True)


def cross_entropy(z, c):
    return float(-(np.asarray(z, float)[c] - logsumexp(z)[0]))
