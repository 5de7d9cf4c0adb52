"""Q6: numerically stable softmax (row by row)."""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    flat = z.reshape(-1, z.shape[-1])          # every last-axis slice is one row
    out = np.empty_like(flat)
    for i, row in enumerate(flat):
        r = row - row.max()                     # largest exponent becomes 0
        e = np.exp(r)
        out[i] = e / e.sum()
    return out.reshape(z.shape)


if __name__ == "__main__":
    for t in ([1.0, 2.0, 3.0], [1000.0, 1001.0],
              [[1000, 1001, 1002], [-1000, -1000, -1000]]):
        print(t, "->", stable_softmax(t))
