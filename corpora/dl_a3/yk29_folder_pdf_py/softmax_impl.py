import math
import numpy as np


def stable_softmax(z):
    m = max(z)                       # largest logit
    exps = [math.exp(v - m) for v in z]
    total = sum(exps)
    return np.array([e / total for e in exps])


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
