import math
import numpy as np


def stable_softmax(z):
    # subtract the largest logit first so math.exp never overflows
    m = max(z)
    exps = []
    for i in range(len(z)):
        exps.append(math.exp(z[i] - m))
    total = sum(exps)
    result = []
    for e in exps:
        result.append(e / total)
    return np.array(result)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
