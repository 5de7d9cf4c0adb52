import numpy as np

def stable_softmax(z):
    # subtract max for stability
    z = z - np.max(z, axis=-1)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
