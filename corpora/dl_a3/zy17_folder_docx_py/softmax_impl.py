import numpy as np


def stable_softmax(z):
    # log-softmax = z - logsumexp(z); np.logaddexp.reduce computes logsumexp
    # without ever exponentiating a large number
    z = np.asarray(z, dtype=float)
    lse = np.logaddexp.reduce(z, axis=-1, keepdims=True)
    return np.exp(z - lse)


if __name__ == '__main__':
    print(stable_softmax(np.array([1, 2, 3])))
    print(stable_softmax(np.array([1000, 1001])))
