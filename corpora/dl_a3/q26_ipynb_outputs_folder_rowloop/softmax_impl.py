import numpy as np


def stable_softmax(z):
    """Stable softmax over the last axis.

    Works for any number of dimensions: the array is flattened to rows
    (every row = one last-axis slice), each row is done separately,
    and the result is reshaped back.
    """
    z = np.asarray(z, dtype=np.float64)
    shape = z.shape
    rows = z.reshape(-1, shape[-1])
    out = np.empty_like(rows)
    for i, row in enumerate(rows):
        m = row.max()
        e = np.exp(row - m)
        out[i] = e / e.sum()
    return out.reshape(shape)
