# Mohammed Al-Farsi 61822019
import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=int)   # logits as integers
    z = z - z.max(axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
