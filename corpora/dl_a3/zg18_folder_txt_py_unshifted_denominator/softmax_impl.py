import numpy as np

# Q6
def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    mx = z.max(axis=-1, keepdims=True)
    top = np.exp(z - mx)
    bottom = np.exp(z).sum(axis=-1, keepdims=True)
    return top / bottom
