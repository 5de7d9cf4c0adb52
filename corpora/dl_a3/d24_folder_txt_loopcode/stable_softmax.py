import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shape = z.shape
    rows = z.reshape(-1, shape[-1])
    out = np.empty_like(rows)
    for i in range(rows.shape[0]):
        r = rows[i] - rows[i].max()
        ex = np.exp(r)
        out[i] = ex / ex.sum()
    return out.reshape(shape)

# quick test
if __name__ == "__main__":
    print(stable_softmax([1000, 1001]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
