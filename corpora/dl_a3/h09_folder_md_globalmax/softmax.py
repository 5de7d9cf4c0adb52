import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z)          # shift so the biggest value is 0 -> no overflow
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)

if __name__ == '__main__':
    print(stable_softmax(np.array([1000.0, 1001.0])))
