import numpy as np

def stable_softmax(z):
    # softmax along the last axis
    z = np.asarray(z, dtype=float)
    exps = np.exp(z)
    return exps / np.sum(exps, axis=-1, keepdims=True)

# quick test
if __name__ == '__main__':
    print(stable_softmax([1, 2, 3]))   # [0.09003057 0.24472847 0.66524096]
