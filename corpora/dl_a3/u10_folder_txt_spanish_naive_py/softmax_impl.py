import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    # exponentiate and normalise along the last axis
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)

# quick check
# >>> stable_softmax([1,2,3])
# array([0.09003057, 0.24472847, 0.66524096])
