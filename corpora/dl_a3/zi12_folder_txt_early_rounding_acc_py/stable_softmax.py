import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
