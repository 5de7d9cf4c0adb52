import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    flat = z.reshape(-1, z.shape[-1])       # every row is one softmax
    out = np.empty_like(flat)
    for i in range(flat.shape[0]):
        row = flat[i] - flat[i].max()
        e = np.exp(row)
        out[i] = e / e.sum()
    return out.reshape(z.shape)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([1000, 1001]))
