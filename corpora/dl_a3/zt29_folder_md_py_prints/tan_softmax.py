# Wei Ling Tan A0241187X
import numpy as np


def stable_softmax(z):
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    probs = np.exp(z_shift) / np.sum(np.exp(z_shift), axis=-1, keepdims=True)
    print(probs)


stable_softmax(np.array([1.0, 2.0, 3.0]))
stable_softmax(np.array([1000.0, 1001.0]))
