import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    # subtract the max so exp never overflows
    e = np.exp(z - np.max(z, axis=0))
    return e / np.sum(e, axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
