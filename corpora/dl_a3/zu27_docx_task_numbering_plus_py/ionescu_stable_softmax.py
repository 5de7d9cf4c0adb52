import numpy as np

# Bogdan Ionescu - DL A3 task 5 (stable softmax)


def stable_softmax(z):
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    exp_z = np.exp(z_shift)
    probs = exp_z / np.sum(exp_z, axis=-1, keepdims=True)
    return probs
