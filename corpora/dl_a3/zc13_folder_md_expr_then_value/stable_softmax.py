import numpy as np

def stable_softmax(z):
    """Stable version: work in log space (log-sum-exp trick).
    log softmax(z)_k = z_k - max(z) - log(sum_j exp(z_j - max(z)))
    """
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    return z - m - np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
