# Ananya Deshpande | 2022MCS2741 | DL Assignment 3 - Q6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z_max = np.amax(z, axis=-1, keepdims=True)   # max along last axis
    exp_z = np.exp(z - z_max)                    # largest exponent is 0 -> no overflow
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == '__main__':
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([[1000.0, 1001.0, 1002.0],
                                   [-1000.0, -1000.0, -1000.0]])))
