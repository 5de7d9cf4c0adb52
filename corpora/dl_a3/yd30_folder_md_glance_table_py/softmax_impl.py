import numpy as np

def stable_softmax(z):
    """subtract max for stability, normalise over the last axis"""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - np.max(z))
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))
    print(stable_softmax(np.arange(24.0).reshape(2, 3, 4)).sum(axis=-1))
