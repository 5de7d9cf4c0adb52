import numpy as np


def stable_softmax(z):
    # float64 has a big range so this should be stable enough
    z = np.array(z, dtype=np.float64)
    exps = np.exp(z)
    return exps / np.sum(exps, axis=-1, keepdims=True)


# test
if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1, 2, 3], [4, 5, 6]]))
