import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=0, keepdims=True)
    exp = np.exp(z - z_max)
    return exp / np.sum(exp, axis=0, keepdims=True)


if __name__ == '__main__':
    print(stable_softmax(np.array([1000, 1001])))   # [0.26894142 0.73105858]
