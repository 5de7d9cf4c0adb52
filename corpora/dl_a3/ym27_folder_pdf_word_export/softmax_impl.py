import numpy as np


def stable_softmax(z):
    """
    Softmax over the last axis, stable for large logits.
    """
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=-1, keepdims=True)
    exp_z = np.exp(z - z_max)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    tests = [np.array([1, 2, 3]), np.array([1000, 1001]), np.random.randn(2, 3, 4)]
    for t in tests:
        print(stable_softmax(t))
