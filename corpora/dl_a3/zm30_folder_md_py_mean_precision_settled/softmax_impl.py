import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shift = z.max(-1, keepdims=True)
    exp_z = np.exp(z - shift)
    return exp_z / exp_z.sum(-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
