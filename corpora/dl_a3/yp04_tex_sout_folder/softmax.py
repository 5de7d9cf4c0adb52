import numpy as np


def stable_softmax(z):
    # Marcus Lindqvist, HW3 Q6
    z = np.array(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    exps = np.exp(z - m)
    return exps / np.sum(exps, axis=-1)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([1000.0, 1001.0]))
