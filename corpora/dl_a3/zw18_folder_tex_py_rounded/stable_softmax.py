# Arjun Nair CS21B009 - Q6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(shifted)
    p = e / np.sum(e, axis=-1, keepdims=True)
    return np.round(p, 4)   # 4 decimals is enough


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
