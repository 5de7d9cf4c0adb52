import numpy as np

# Olivia Bennett - Q6

def stable_softmax(z):
    shifted = z - np.max(z, axis=-1, keepdims=True)   # largest logit becomes 0
    numer = np.exp(shifted)
    denom = np.sum(numer, axis=-1, keepdims=True)
    return numer / denom
