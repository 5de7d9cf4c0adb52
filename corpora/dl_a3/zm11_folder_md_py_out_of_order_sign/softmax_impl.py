import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # subtract row max (last axis) -> no overflow for big logits
    z = z - z.max(axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    for test in ([1, 2, 3], [1000, 1001], [[1, 2], [3, 4]]):
        print(test, "->", stable_softmax(test))
