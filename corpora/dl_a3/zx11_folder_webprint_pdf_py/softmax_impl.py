# DL A3 Q6 - Rohan Kapoor
import numpy as np


def stable_softmax(z):
    """Row-wise (last axis) softmax, safe for large logits."""
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    for test in (np.array([1.0, 2.0, 3.0]), np.array([1000.0, 1001.0]), np.random.randn(2, 3, 4)):
        out = stable_softmax(test)
        print(out.shape, out.sum(axis=-1))
