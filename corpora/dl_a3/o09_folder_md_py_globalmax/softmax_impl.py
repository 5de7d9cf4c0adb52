import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z)          # shift so that the biggest logit is 0 -> no overflow
    expz = np.exp(z)
    return expz / expz.sum(axis=-1, keepdims=True)


# quick check I ran
# >>> stable_softmax([1, 2, 3])
# array([0.09003057, 0.24472847, 0.66524096])
# >>> stable_softmax([1000, 1001])
# array([0.26894142, 0.73105858])
