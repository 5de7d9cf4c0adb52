"""Q6 for DL A3. Same function as in my notebook, copied here as required."""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)   # per-slice max
    exp_z = np.exp(z - z_max)                   # all exponents <= 0
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)
