import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shape = z.shape
    flat = z.reshape(-1, shape[-1])          # every row = one softmax
    out = np.empty_like(flat)
    for i, row in enumerate(flat):
        r = row - row.max()
        e = np.exp(r)
        out[i] = e / e.sum()
    return out.reshape(shape)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    x = np.random.randn(2, 3, 4)
    print(stable_softmax(x).sum(axis=-1))
