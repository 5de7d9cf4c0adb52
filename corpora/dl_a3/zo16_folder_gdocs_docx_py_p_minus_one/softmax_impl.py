import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # subtract max for stability
    z = z - np.max(z, axis=0, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=0, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))          # [0.09 0.245 0.665]
    print(stable_softmax([1000, 1001]))       # [0.269 0.731]
