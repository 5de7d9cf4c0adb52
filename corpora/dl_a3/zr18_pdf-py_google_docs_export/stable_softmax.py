# Zainab Qureshi 2019-CS-118
import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    exp = np.exp(shifted)
    probs = exp / np.sum(exp, axis=-1, keepdims=True)
    return np.round(probs, 4)

if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))     # [0.09   0.2447 0.6652]
    print(stable_softmax(np.array([1000.0, 1001.0])))   # [0.2689 0.7311]
