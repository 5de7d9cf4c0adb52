import numpy as np

def stable_softmax(z):
    # shift by the max so exp never sees huge numbers
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    exps = np.exp(z_shift)
    return exps / np.sum(exps, axis=-1)

# quick check
print(stable_softmax(np.array([1.0, 2.0, 3.0])))
print(stable_softmax(np.array([1000.0, 1001.0])))
