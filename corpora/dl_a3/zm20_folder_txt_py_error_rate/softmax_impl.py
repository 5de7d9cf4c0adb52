import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    flat = z.reshape(-1, z.shape[-1])          # every row = one softmax
    out = np.empty_like(flat)
    for i, row in enumerate(flat):
        e = np.exp(row - row.max())
        out[i] = e / e.sum()
    return out.reshape(z.shape)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
