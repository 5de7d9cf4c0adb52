import numpy as np


def stable_softmax(z):
    arr = np.asarray(z, dtype=float)
    # shift by the largest value in each last-axis slice
    arr = arr - arr.max(axis=-1, keepdims=True)
    expd = np.exp(arr)
    return expd / expd.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
