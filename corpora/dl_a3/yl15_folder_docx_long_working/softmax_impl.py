# DL A3 Q6
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    m = np.amax(z, axis=-1, keepdims=True)   # max over the last axis, keep dims for broadcasting
    ez = np.exp(z - m)
    return ez / ez.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    tests = [np.array([1.0, 2.0, 3.0]), np.array([1000.0, 1001.0]), np.random.randn(4, 5)]
    for t in tests:
        s = stable_softmax(t)
        print(s, s.sum(axis=-1))
