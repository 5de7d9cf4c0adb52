import numpy as np


def stable_softmax(z):
    # shift by the max of each last-axis slice so that exp never overflows
    z = np.array(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    e = np.exp(z - m)
    s = e.sum(axis=-1, keepdims=True)
    return e / s


def _check():
    print(stable_softmax([1, 2, 3]))          # [0.0900 0.2447 0.6652]
    print(stable_softmax([1000, 1001]))       # [0.2689 0.7311]
    a = np.random.rand(2, 3, 4)
    assert np.allclose(stable_softmax(a).sum(-1), 1.0)


if __name__ == "__main__":
    _check()
