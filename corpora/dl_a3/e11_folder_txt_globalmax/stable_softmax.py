# Q6 - stable softmax
import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # subtract the max so that the biggest exponent is exp(0) = 1
    m = np.max(z)
    e = np.exp(z - m)
    return e / e.sum(axis=-1, keepdims=True)

# quick test
if __name__ == '__main__':
    print(stable_softmax(np.array([1000., 1001.])))   # [0.2689 0.7311]
