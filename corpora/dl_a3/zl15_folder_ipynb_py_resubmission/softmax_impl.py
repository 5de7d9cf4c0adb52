# Marco Rossi - softmax_impl.py (same function as in my notebook, copied here as required)
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    shift = z.max(axis=-1, keepdims=True)
    log_den = np.log(np.exp(z - shift).sum(axis=-1, keepdims=True)) + shift
    return np.exp(z - log_den)
