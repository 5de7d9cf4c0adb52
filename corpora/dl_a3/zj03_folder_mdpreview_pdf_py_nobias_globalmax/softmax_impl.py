import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    # subtract the max so exp doesn't overflow
    e = np.exp(z - np.max(z))
    return e / e.sum(axis=-1, keepdims=True)

if __name__ == '__main__':
    print(stable_softmax(np.array([1, 2, 3])))
