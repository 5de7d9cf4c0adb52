import numpy as np

def stable_softmax(z):
    """returns softmax(z), stable version (max trick)"""
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - m)
    s = e.sum(axis=0, keepdims=True)
    return e / s

if __name__ == "__main__":
    print(stable_softmax([1., 2., 3.]))
    print(stable_softmax([1000., 1001.]))  # no overflow :)
