# Chen Yuxuan 3036114207  HW3 Q6
import numpy as np


def stable_softmax(z):
    # float32 to save memory
    z = np.asarray(z, dtype=np.float32)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
