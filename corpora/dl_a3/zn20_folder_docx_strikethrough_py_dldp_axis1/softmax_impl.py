import numpy as np


def stable_softmax(z):
    """Row-wise stable softmax (z is a batch of logit vectors)."""
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=1, keepdims=True)
    e = np.exp(z - m)
    return e / np.sum(e, axis=1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([[1, 2, 3], [1000, 1001, 1002]]))
