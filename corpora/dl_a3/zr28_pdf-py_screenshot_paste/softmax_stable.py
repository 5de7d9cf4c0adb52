# Elif Sahin 150190733 - DL A3 Q6
import numpy as np


def stable_softmax(z):
    """Softmax along the last axis with the max-subtraction trick."""
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    exp_shifted = np.exp(shifted)
    return exp_shifted / np.sum(exp_shifted, axis=-1, keepdims=True)
