# Q6  stable softmax over the last axis
import numpy as np

def stable_softmax(z):
    x = np.array(z, dtype=np.float64, copy=True)
    x -= x.max(axis=-1, keepdims=True)
    np.exp(x, out=x)
    x /= x.sum(axis=-1, keepdims=True)
    return x

# >>> stable_softmax([1, 2, 3])
# array([0.09003057, 0.24472847, 0.66524096])
# >>> stable_softmax([1000, 1001])
# array([0.26894142, 0.73105858])
