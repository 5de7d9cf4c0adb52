import math
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        m = max(z)
        exps = [math.exp(v - m) for v in z]
        total = sum(exps)
        return np.array([e / total for e in exps])
    elif z.ndim == 2:
        # one softmax per row
        return np.array([stable_softmax(row) for row in z])
    else:
        raise ValueError("only 1-D or 2-D input supported")
