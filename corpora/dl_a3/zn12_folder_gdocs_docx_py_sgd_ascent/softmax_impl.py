import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shift = z - np.max(z, axis=-1, keepdims=True)
    log_den = np.log(np.sum(np.exp(shift), axis=-1, keepdims=True))
    return np.exp(shift - log_den)
