import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)
    z = z - np.max(z, axis=-1)       # subtract max for stability
    ez = np.exp(z)
    return ez / np.sum(ez, axis=-1)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))      # [0.090 0.245 0.665]
    print(stable_softmax([1000, 1001]))   # no overflow
