import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)
    # rows are the samples, softmax over each row
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([[1, 2, 3], [1000, 1001, 1002]]))
