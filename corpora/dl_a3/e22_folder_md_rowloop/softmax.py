import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shape = z.shape
    flat = z.reshape(-1, shape[-1])      # every row = one softmax
    out = np.empty_like(flat)
    for i in range(flat.shape[0]):
        row = flat[i] - flat[i].max()
        ex = np.exp(row)
        out[i] = ex / ex.sum()
    return out.reshape(shape)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
