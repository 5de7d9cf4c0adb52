import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    c = z.max(axis=-1, keepdims=True)
    log_norm = c + np.log(np.exp(z - c).sum(axis=-1, keepdims=True))   # log sum exp
    return np.exp(z - log_norm)


if __name__ == '__main__':
    for test in ([1, 2, 3], [1000, 1001], [[1000, 1001, 1002], [-1000, -1000, -1000]]):
        print(stable_softmax(test))
