# Oluwaseun Adeyemi 190404062 -- DL A3 Q6
import numpy as np


def stable_softmax(z):
    """Softmax over the last axis. Works for any number of dims by
    flattening everything except the last axis and looping over rows."""
    z = np.asarray(z, dtype=np.float64)
    flat = z.reshape(-1, z.shape[-1])
    out = np.empty_like(flat)
    for i, row in enumerate(flat):
        row = row - row.max()          # shift for stability
        e = np.exp(row)
        out[i] = e / e.sum()
    return out.reshape(z.shape)
