import math
import numpy as np


def _softmax_list(v):
    m = max(v)
    e = [math.exp(t - m) for t in v]
    s = sum(e)
    return [t / s for t in e]


def _rec(a):
    # go down the nested lists until we reach the last axis
    if len(a) > 0 and isinstance(a[0], (list, tuple)):
        return [_rec(b) for b in a]
    return _softmax_list(a)


def stable_softmax(z):
    if isinstance(z, np.ndarray):
        z = z.tolist()
    return np.array(_rec(z), dtype=float)


if __name__ == '__main__':
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
