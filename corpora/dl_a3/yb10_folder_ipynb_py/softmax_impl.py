"""Q6 -- stable softmax (also used in my notebook)."""
import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Return softmax(z) along the last axis.

    Works for any shape; we subtract the per-slice maximum so that the
    largest exponent is exp(0) = 1 and nothing overflows.
    """
    z = np.asarray(z, dtype=np.float64)
    shifted = z - z.max(axis=-1, keepdims=True)
    num = np.exp(shifted)
    den = num.sum(axis=-1, keepdims=True)
    return num / den


if __name__ == "__main__":
    np.set_printoptions(precision=4)
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
    print(stable_softmax(np.random.randn(2, 3, 4)).sum(axis=-1))
