import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1)[..., None]


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax(np.random.randn(4, 5)).sum(axis=-1))
