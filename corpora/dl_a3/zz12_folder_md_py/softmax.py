import numpy as np

def _softmax_1d(v):
    v = v - np.max(v)          # shift for stability
    e = np.exp(v)
    return e / e.sum()

def stable_softmax(z):
    # apply the 1-D version to every slice along the last axis
    z = np.asarray(z, dtype=float)
    return np.apply_along_axis(_softmax_1d, -1, z)

if __name__ == '__main__':
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
