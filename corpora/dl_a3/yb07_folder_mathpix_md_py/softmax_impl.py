import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.amax(z, axis=-1, keepdims=True)   # max of each row / last axis
    ez = np.exp(z - m)
    return ez / ez.sum(axis=-1, keepdims=True)

if __name__ == '__main__':
    print(stable_softmax(np.array([1000., 1001.])))   # [0.2689 0.7311]
