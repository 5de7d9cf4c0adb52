import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=1, keepdims=True)

if __name__ == "__main__":
    logits = np.random.randn(4, 5)
    print(stable_softmax(logits))
    print(stable_softmax(logits).sum(axis=1))   # all ones
