import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_shift = z - np.max(z, axis=0)      # stability: biggest logit becomes 0
    e = np.exp(z_shift)
    return e / np.sum(e, axis=0)

print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
