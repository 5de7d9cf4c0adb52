# Q6: numerically stable softmax over the last axis
import numpy


def stable_softmax(z):
    z_max = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=-1, keepdims=True)
