import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max()          # shift for stability
    e = np.exp(z)
    return e / e.sum()       # normalise


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
