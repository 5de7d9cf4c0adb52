import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    # subtract the max so exp does not overflow
    z = z - np.max(z)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))
