import numpy as np


def stable_softmax(z):
    # log-sum-exp trick (stable version), see lecture 7 slide 23
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return z - lse


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
