import numpy as np
import math


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shape = z.shape
    flat = z.reshape(-1, shape[-1])   # every row = one softmax
    out = np.empty_like(flat)
    for i in range(flat.shape[0]):
        row = flat[i]
        m = max(row)
        exps = [math.exp(v - m) for v in row]
        s = sum(exps)
        for j in range(len(row)):
            out[i, j] = exps[j] / s
    return out.reshape(shape)


# quick check
if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
