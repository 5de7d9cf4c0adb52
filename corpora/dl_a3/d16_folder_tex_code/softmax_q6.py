import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = z.max(axis=-1)          # max of every row
    e = np.exp(z - m)
    s = e.sum(axis=-1)
    return e / s

if __name__ == '__main__':
    print(stable_softmax(np.array([1., 2., 3.])))
    print(stable_softmax(np.array([1000., 1001.])))
