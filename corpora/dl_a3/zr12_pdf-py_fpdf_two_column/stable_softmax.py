"""Chen Yutong 2020011457 -- DL A3 problem 6."""
import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - z.max(axis=-1, keepdims=True)
    num = np.exp(z_shift)
    den = num.sum(axis=-1, keepdims=True)
    return num / den
