import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    flat = z.reshape(-1, z.shape[-1])      # every row = one softmax
    out = np.empty_like(flat)
    for i in range(flat.shape[0]):
        row = flat[i] - flat[i].max()
        e = np.exp(row)
        out[i] = e / e.sum()
    return out.reshape(z.shape)
