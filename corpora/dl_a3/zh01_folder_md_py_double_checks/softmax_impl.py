"""Q6 - numerically stable softmax over the last axis."""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    # shift every slice by its own maximum so the biggest exponent is exp(0) = 1
    shifted = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))          # ~ [0.0900 0.2447 0.6652]
    print(stable_softmax([1000, 1001]))       # ~ [0.2689 0.7311], no overflow
    # second check: compare against the naive formula where it does not overflow
    z = np.random.randn(3, 4)
    naive = np.exp(z) / np.exp(z).sum(axis=-1, keepdims=True)
    print("max diff vs naive:", np.abs(naive - stable_softmax(z)).max())
