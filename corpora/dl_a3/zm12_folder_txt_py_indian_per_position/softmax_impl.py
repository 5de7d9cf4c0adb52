# Karthik Subramanian - 21EE30112
# Q6 : numerically stable softmax

import numpy as np


def stable_softmax(z):
    z = np.array(z, dtype=np.float64)
    max_val = np.max(z, axis=-1, keepdims=True)
    num = np.exp(z - max_val)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
