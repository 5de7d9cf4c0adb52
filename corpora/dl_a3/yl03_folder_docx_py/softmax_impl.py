import numpy as np

def stable_softmax(z):
    # subtract max along last axis for numerical stability
    z_max = np.max(z, axis=-1, keepdims=True)
    exps = np.exp(z - z_max)
    sums = np.sum(exps, axis=-1, keepdims=True)
    return exps / sums

# quick test
if __name__ == '__main__':
    print(stable_softmax(np.array([1, 2, 3])))
    print(stable_softmax(np.array([1000, 1001])))
