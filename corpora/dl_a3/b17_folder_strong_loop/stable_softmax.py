"""Q6 - numerically stable softmax (Wei Zhang)."""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    orig_shape = z.shape
    rows = z.reshape(-1, orig_shape[-1])      # every row = one softmax
    out = np.empty_like(rows)
    for i in range(rows.shape[0]):
        r = rows[i] - rows[i].max()           # shift by the row max -> exp <= 1
        e = np.exp(r)
        out[i] = e / e.sum()
    return out.reshape(orig_shape)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([1000.0, 1001.0]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
