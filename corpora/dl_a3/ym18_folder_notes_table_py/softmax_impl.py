import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    zmax = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - zmax)
    s = np.sum(e, axis=-1, keepdims=True)
    return e / s

if __name__ == "__main__":
    np.random.seed(2026)
    print(stable_softmax(np.random.randn(3, 4)))
