import math
import numpy as np


def stable_softmax(z):
    vals = list(z)
    biggest = max(vals)
    exps = [math.exp(v - biggest) for v in vals]
    s = sum(exps)
    return np.array([e / s for e in exps])


print(stable_softmax([1, 2, 3]))
