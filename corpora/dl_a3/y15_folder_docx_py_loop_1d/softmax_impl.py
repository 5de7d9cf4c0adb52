import math
import numpy as np


def stable_softmax(z):
    # subtract the max so exp does not overflow
    m = max(z)
    exps = []
    for v in z:
        exps.append(math.exp(v - m))
    total = sum(exps)
    return np.array([e / total for e in exps])


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
