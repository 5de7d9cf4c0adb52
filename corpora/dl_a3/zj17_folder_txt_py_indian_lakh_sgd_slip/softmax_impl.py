# Sneha Kulkarni - 210050093
# Ans 6 - numerically stable softmax

import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=float)
    max_val = np.max(z, axis=-1, keepdims=True)
    numerator = np.exp(z - max_val)
    denominator = np.sum(numerator, axis=-1, keepdims=True)
    return numerator / denominator


if __name__ == '__main__':
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
