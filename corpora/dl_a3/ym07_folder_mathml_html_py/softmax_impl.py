"""stable_softmax for DL A3, Q6."""
import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Return softmax(z) along the last axis; z may have any shape."""
    z = np.asarray(z, dtype=np.float64)
    z_max = np.amax(z, axis=-1, keepdims=True)
    # log-sum-exp trick
    lse = z_max + np.log(np.sum(np.exp(z - z_max), axis=-1, keepdims=True))
    return np.exp(z - lse)


if __name__ == "__main__":
    import doctest
    print(stable_softmax([1000, 1001]))
