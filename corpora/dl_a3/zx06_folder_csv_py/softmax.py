import numpy as np

def stable_softmax(z):
    # subtract row max for stability (batch x classes)
    z = z - np.max(z, axis=1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=1, keepdims=True)

if __name__ == '__main__':
    a = np.random.randn(4, 5)
    print(stable_softmax(a).sum(axis=1))   # all ones
