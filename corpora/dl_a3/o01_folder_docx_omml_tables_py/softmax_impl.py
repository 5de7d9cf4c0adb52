# softmax_impl.py  -- DL Assignment 3, Q6
# Author: L. Okonkwo-Baptiste

import numpy as np


def stable_softmax(z):
    """Softmax over the last axis, stable for large logits.

    We subtract the max of every slice (along the last axis) before exp.
    This does not change the result because softmax(z) = softmax(z - c)
    for any constant c in the same slice.
    """
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(shifted)
    return ez / np.sum(ez, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
