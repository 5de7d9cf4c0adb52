"""Q6 - Oluwaseun Adeyemi"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shifted = z - np.max(z, axis=-1, keepdims=True)   # max-trick for stability
    exp_z = np.exp(shifted)
    return exp_z / np.sum(exp_z, axis=-1)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))          # [0.09003057 0.24472847 0.66524096]
    print(stable_softmax([1000, 1001]))       # [0.26894142 0.73105858]
