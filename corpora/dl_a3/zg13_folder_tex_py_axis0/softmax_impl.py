import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    c = np.max(z, axis=0)
    e = np.exp(z - c)
    return e / np.sum(e, axis=0)

# quick check
if __name__ == '__main__':
    print(stable_softmax([1, 2, 3]))      # [0.09 0.2447 0.6652]
    print(stable_softmax([1000, 1001]))   # no overflow :)
