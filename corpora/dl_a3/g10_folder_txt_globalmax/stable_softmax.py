# HW3 Q6 - stable softmax
import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # subtract the max so the biggest exponent is exp(0)=1 -> no overflow
    m = np.max(z)
    e = np.exp(z - m)
    return e / e.sum(axis=-1, keepdims=True)

if __name__ == '__main__':
    print(stable_softmax(np.array([1000.0, 1001.0])))
