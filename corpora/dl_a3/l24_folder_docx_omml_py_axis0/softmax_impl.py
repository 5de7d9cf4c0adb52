import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)
    z_max = np.max(z, axis=0, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=0, keepdims=True)


print(stable_softmax([1, 2, 3]))        # [0.09003057 0.24472847 0.66524096]
print(stable_softmax([1000, 1001]))     # [0.26894142 0.73105858]
