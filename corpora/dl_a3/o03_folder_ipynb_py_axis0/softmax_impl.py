import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    # substract maximum for stability
    m = z.max(axis=0)
    e = np.exp(z - m)
    s = e.sum(axis=0)
    return e / s

# test
if __name__ == '__main__':
    print(stable_softmax([1,2,3]))   # [0.09003057 0.24472847 0.66524096]
    print(stable_softmax([1000,1001]))
