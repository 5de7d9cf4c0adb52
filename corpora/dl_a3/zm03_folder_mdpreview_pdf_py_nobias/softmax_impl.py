import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    e = np.exp(z - m)
    s = e.sum(axis=-1, keepdims=True)
    return e / s

# quick check
if __name__ == '__main__':
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
