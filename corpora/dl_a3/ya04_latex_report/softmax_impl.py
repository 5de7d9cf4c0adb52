import numpy as np


def stable_softmax(z):
    # softmax over the last axis
    # cast to float64 for numerical stability (more range than float32)
    z = np.array(z, dtype=np.float64)
    exps = np.exp(z)
    return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1, 2, 3])))
    print(stable_softmax(np.random.randn(4, 5)).sum(axis=1))
