import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    maxval = np.max(z, axis=-1, keepdims=True)
    numerator = np.exp(z - maxval)
    denominator = np.sum(numerator, axis=-1, keepdims=True)
    return numerator / denominator


if __name__ == "__main__":
    print("softmax([1,2,3]) =", stable_softmax([1, 2, 3]))
    print("softmax([1000,1001]) =", stable_softmax([1000, 1001]))
