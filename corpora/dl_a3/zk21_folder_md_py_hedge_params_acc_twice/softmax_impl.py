import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    zmax = np.max(z, axis=-1, keepdims=True)
    expz = np.exp(z - zmax)
    return expz / expz.sum(axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))          # [0.09 0.245 0.665]
    print(stable_softmax([[1000, 1001, 1002],
                          [-1000, -1000, -1000]]))
