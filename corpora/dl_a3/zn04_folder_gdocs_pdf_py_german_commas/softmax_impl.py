# Aufgabe 6 - numerisch stabile Softmax
# Lukas Brenner
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    # Maximum abziehen, damit exp() nicht ueberlaeuft
    e = np.exp(z - np.max(z))
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))        # [0.09003057 0.24472847 0.66524096]
    print(stable_softmax([1000, 1001]))     # [0.26894142 0.73105858]
