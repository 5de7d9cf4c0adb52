import numpy as np

def stable_softmax(z):
    # log-sum-exp trick so large logits do not overflow
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return z - lse
