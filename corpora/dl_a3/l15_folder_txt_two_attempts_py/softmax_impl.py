import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    log_norm = np.log(np.sum(np.exp(z - z.max(axis=-1, keepdims=True)), axis=-1, keepdims=True))
    return np.exp(z - z.max(axis=-1, keepdims=True) - log_norm)
