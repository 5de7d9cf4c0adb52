import numpy as np

# Q6 - Mateo Rinaldi
# softmax along last axis, max subtracted first so exp never sees huge numbers

def stable_softmax(z):
    z = np.array(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    e = np.exp(z - m)
    s = e.sum(axis=-1, keepdims=True)
    return e / s

# quick check
# print(stable_softmax([1, 2, 3]))      -> [0.09003057 0.24472847 0.66524096]
# print(stable_softmax([1000, 1001]))   -> [0.26894142 0.73105858]
