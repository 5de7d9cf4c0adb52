import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)
    z = z - np.max(z, axis=0)
    e = np.exp(z)
    return e / np.sum(e, axis=0)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))      # [0.09003057 0.24472847 0.66524096]
    print(stable_softmax([1000, 1001]))   # [0.26894142 0.73105858]
