import math
import numpy as np

def stable_softmax(z):
    exps = [math.exp(v) for v in z]
    total = sum(exps)
    return np.array([e / total for e in exps])

print(stable_softmax([1, 2, 3]))
