# Chloe D. - Q6
import numpy as np

def stable_softmax(z):
    logits = np.asarray(z, dtype=float)
    m = logits.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(logits - m).sum(axis=-1, keepdims=True))
    return np.exp(logits - lse)
