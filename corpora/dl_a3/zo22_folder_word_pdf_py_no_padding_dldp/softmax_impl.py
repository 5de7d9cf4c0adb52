import numpy as np


def stable_softmax(z):
    a = np.asarray(z, dtype=np.float64)
    a = a - a.max(axis=a.ndim - 1, keepdims=True)
    a = np.exp(a)
    return a / a.sum(axis=a.ndim - 1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1., 2., 3.]))
