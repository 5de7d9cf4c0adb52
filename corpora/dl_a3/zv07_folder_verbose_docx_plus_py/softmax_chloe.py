# Q6: numerically stable softmax
# Chloe Martin
import numpy as np


def stable_softmax(z):
    # float32 is enough for probabilities and saves memory
    z = np.asarray(z, dtype=np.float32)
    z_max = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    x = np.array([1.0, 2.0, 3.0])
    print(stable_softmax(x))          # [0.09003057 0.24472848 0.66524094]
    print(stable_softmax(np.array([1000.0, 1001.0])))
