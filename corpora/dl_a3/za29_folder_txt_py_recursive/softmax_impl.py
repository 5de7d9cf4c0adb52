"""Q6 -- stable softmax over the last axis, written recursively.

Works on nested lists or numpy arrays of any depth.
"""
import math
import numpy as np


def _softmax_1d(row):
    m = max(row)                      # shift by the max -> exp never overflows
    exps = [math.exp(v - m) for v in row]
    s = sum(exps)
    return [e / s for e in exps]


def _apply(z):
    # z is a list; if its elements are numbers we are on the last axis
    if len(z) > 0 and isinstance(z[0], list):
        return [_apply(sub) for sub in z]
    return _softmax_1d(z)


def stable_softmax(z):
    nested = np.asarray(z, dtype=float).tolist()
    if not isinstance(nested, list):  # a 0-d input; softmax of one number is 1
        return np.array(1.0)
    return np.array(_apply(nested), dtype=float)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
