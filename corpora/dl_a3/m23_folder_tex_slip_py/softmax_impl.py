import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    m = z.max(axis=-1)                 # max of every row
    e = np.exp(z - m[:, None])         # broadcast the row max over the columns
    return e / e.sum(axis=-1)[:, None]


if __name__ == "__main__":
    logits = np.array([[1.0, 2.0, 3.0],
                       [1000.0, 1001.0, 1002.0]])
    print(stable_softmax(logits))
