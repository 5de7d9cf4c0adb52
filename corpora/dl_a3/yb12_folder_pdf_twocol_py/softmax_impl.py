import numpy as np


def stable_softmax(z):
    # shift by the max so exp() never sees large positive numbers
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z))
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1000, 1001])))
    print(stable_softmax(np.random.randn(4, 5)).sum(axis=1))
