import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # subtract the max so exp never overflows
    z = z - np.max(z)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)

if __name__ == '__main__':
    print(stable_softmax(np.array([1000., 1001.])))
