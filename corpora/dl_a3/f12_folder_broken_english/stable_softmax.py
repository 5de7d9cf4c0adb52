import numpy as np

# softmax which not overflow: clip the input so exp is always finite
def stable_softmax(z):
    z = np.clip(np.asarray(z, dtype=float), -500, 500)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
