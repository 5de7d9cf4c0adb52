import numpy as np


def softmax(logits):
    """Numerically stable softmax along the last axis."""
    logits = np.asarray(logits, dtype=float)
    shifted = logits - logits.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(softmax(np.array([[1, 2, 3], [1000, 1001, 1002]])))
