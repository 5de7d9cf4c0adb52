# Q6 - numerically stable softmax
import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)   # largest logit in each row
    e = np.exp(z - m)                   # all exponents <= 0 now
    s = e.sum(axis=-1, keepdims=True)
    return e / s

# quick check
if __name__ == '__main__':
    out = stable_softmax([[1000., 1001., 1002.], [-1000., -1000., -1000.]])
    print(out, out.sum(axis=-1))
