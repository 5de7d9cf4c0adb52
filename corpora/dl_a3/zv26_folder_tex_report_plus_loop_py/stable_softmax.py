# DL A3, Q6
# Kwame Mensah
import numpy as np


def _softmax_1d(v):
    m = max(v)
    e = np.exp(v - m)
    return e / e.sum()


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    flat = z.reshape(-1, z.shape[-1])          # every row = one last-axis slice
    out = np.empty_like(flat)
    for i in range(flat.shape[0]):
        out[i] = _softmax_1d(flat[i])
    return out.reshape(z.shape)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.random.randn(2, 3, 4)).sum(axis=-1))
