import math

def stable_softmax(z):
    # subtract biggest value so exp does not overflow
    m = max(z)
    exps = []
    for v in z:
        exps.append(math.exp(v - m))
    total = sum(exps)
    out = []
    for e in exps:
        out.append(e / total)
    import numpy as np
    return np.array(out)

print(stable_softmax([1, 2, 3]))
