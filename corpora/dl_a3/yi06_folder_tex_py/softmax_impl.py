# softmax_impl.py  --  DL A3 Q6
# Jonas Weber

import numpy as np


def stable_softmax(z):
    """Return softmax(z) along the last axis.

    Uses the max-subtraction trick: softmax(z) = softmax(z - max(z)).
    """
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    return e / e.sum(axis=-1)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
