import math
import numpy as np


def stable_softmax(z):
    m = max(z)
    exps = [math.exp(v - m) for v in z]
    s = sum(exps)
    return np.array([e / s for e in exps])
