import numpy as np

def stable_softmax(z):
    # z can be list or array, any number of dims
    arr = np.array(z, dtype=float)
    mx = arr.max(-1)[..., None]      # keep last axis as size 1
    ex = np.exp(arr - mx)
    tot = ex.sum(-1)[..., None]
    out = ex / tot
    return out
