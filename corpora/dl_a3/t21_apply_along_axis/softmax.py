import numpy as np
import math


def softmax_vec(v):
    # 1D stable softmax with plain python
    m = max(v)
    exps = [math.exp(x - m) for x in v]
    s = sum(exps)
    return np.array([e / s for e in exps])


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # apply the 1D version to every vector along the last axis
    return np.apply_along_axis(softmax_vec, -1, z)
