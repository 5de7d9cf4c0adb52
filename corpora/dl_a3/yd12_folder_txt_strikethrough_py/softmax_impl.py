# softmax_impl.py  --  Q6
# Priya Raman
import math
import numpy as np


def stable_softmax(z):
    # subtract the max first so exp never blows up
    m = max(z)
    exps = [math.exp(v - m) for v in z]
    s = sum(exps)
    return np.array([e / s for e in exps])


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))   # [0.2689 0.7311]  works!
