import numpy as np


def stable_softmax(z):
    # Transponieren: letzte Achse -> erste Achse, dann entlang axis=0 arbeiten
    zt = np.asarray(z, dtype=float).T
    e = np.exp(zt - zt.max(axis=0))
    return (e / e.sum(axis=0)).T


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
