import numpy as np

# Lukas Becker - A3 Q6 (unchanged from v1)

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max(-1, keepdims=True)   # shift by max of each row
    ez = np.exp(z)
    return ez / ez.sum(-1, keepdims=True)
