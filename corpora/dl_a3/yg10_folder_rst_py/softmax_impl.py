import numpy as np


def stable_softmax(z):
    """Row-wise softmax, stable for big logits."""
    z_max = np.max(z, axis=1, keepdims=True)
    e = np.exp(z - z_max)
    return e / np.sum(e, axis=1, keepdims=True)


if __name__ == "__main__":
    logits = np.random.randn(4, 5) * 100
    p = stable_softmax(logits)
    print(p.sum(axis=1))  # [1. 1. 1. 1.]
