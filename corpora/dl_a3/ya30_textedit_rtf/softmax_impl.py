import math
import numpy as np

def stable_softmax(z):
    m = max(z)                      # largest logit
    exps = [math.exp(v - m) for v in z]
    total = sum(exps)
    return np.array([e / total for e in exps])
