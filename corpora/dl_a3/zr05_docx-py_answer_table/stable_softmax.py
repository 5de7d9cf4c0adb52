# Aisha Bello U19/CS/0457
import numpy as np


def stable_softmax(z):
    # use float32 to save memory (like in pytorch)
    z = np.asarray(z, dtype=np.float32)
    z = z - z.max(axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)
