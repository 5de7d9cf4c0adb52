# Q6 -- stable softmax via log-sum-exp
import numpy as np

def stable_softmax(z):
    a = np.array(z, dtype=np.float64)
    m = a.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(a - m).sum(axis=-1, keepdims=True))
    return np.exp(a - lse)
