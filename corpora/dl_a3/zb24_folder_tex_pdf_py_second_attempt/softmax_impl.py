import numpy as np

# first version (overflows for [1000, 1001], kept for comparison)
def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    return np.exp(z) / np.exp(z).sum(axis=-1, keepdims=True)


# second version -- this is the one I hand in (redefines the name above)
def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)
