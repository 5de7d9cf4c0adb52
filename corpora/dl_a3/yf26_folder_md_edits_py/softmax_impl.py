import math
import numpy as np


def stable_softmax(z):
    # subtract the biggest value so math.exp never gets a huge number
    m = max(z)
    exps = [math.exp(v - m) for v in z]
    total = sum(exps)
    return np.array([e / total for e in exps])


print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
