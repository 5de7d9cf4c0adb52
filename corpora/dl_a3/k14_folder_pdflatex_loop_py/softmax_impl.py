# Q6 - Mehmet Yildirim
import math
import numpy as np


def _softmax_row(v):
    m = max(v)                         # largest logit of this row
    exps = [math.exp(x - m) for x in v]
    s = sum(exps)
    return np.array([e / s for e in exps])


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        return _softmax_row(z)
    out = np.empty_like(z)
    for i in range(z.shape[0]):        # one row at a time
        out[i] = _softmax_row(z[i])
    return out


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax(np.random.randn(4, 5)).sum(axis=1))
