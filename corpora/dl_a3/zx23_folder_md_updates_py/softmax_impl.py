import numpy as np

# first version (overflowed on [1000, 1001] -> nan):
# def stable_softmax(z):
#     e = np.exp(z)
#     return e / e.sum(axis=-1, keepdims=True)


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z_shift)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))
