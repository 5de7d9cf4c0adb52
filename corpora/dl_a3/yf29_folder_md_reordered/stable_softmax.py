import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)
    num = np.exp(z)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([[1000.0, 1001.0], [-1000.0, -999.0]])))
