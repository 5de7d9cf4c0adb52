# Mei-Ling Chou, B10902118 -- DL A3, Question 6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        e = np.exp(z - z.max())
        return e / e.sum()
    # softmax along the last axis: recurse over the first axis
    return np.stack([stable_softmax(sub) for sub in z], axis=0)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.random.randn(2, 3, 4)).sum(axis=-1))
