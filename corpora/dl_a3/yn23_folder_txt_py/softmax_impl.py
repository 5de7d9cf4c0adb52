import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    expz = np.exp(z)
    return expz / expz.sum(axis=-1, keepdims=True)

# tests I ran
if __name__ == "__main__":
    print(stable_softmax(np.array([1, 2, 3])))          # [0.09 0.245 0.665]
    print(stable_softmax(np.array([1000, 1001])))       # [0.269 0.731]
    print(stable_softmax(np.ones((2, 3, 4))).shape)     # (2, 3, 4)
