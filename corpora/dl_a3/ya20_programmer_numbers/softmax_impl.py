import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    ez = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return ez / ez.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1000, 1001]))   # [0.26894142 0.73105858]
    print(stable_softmax(np.arange(24).reshape(2, 3, 4)).sum(-1))
