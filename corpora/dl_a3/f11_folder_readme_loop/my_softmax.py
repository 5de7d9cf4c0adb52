import numpy as np
import math


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shape = z.shape
    rows = z.reshape(-1, shape[-1])
    out = np.empty_like(rows)
    for r in range(rows.shape[0]):
        m = max(rows[r])
        exps = [math.exp(v - m) for v in rows[r]]
        s = sum(exps)
        for c in range(rows.shape[1]):
            out[r, c] = exps[c] / s
    return out.reshape(shape)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
