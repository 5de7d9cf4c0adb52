import numpy as np


def stable_softmax(z):
    # I think subtracting the max is enough for stability?
    z = np.array(z, dtype=float)
    z -= z.max(axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)


# quick checks
if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax(np.zeros((2, 3, 4))).shape)
