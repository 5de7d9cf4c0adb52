import numpy as np


def stable_softmax(z):
    # v2: works for any shape now (v1 only did 1-D arrays)
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    for test in ([1, 2, 3], [1000, 1001], np.random.randn(4, 5)):
        print(stable_softmax(test))
