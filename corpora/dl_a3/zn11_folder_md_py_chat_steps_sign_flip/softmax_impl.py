import numpy as np


def stable_softmax(z):
    """
    Compute softmax in a numerically stable way.

    Args:
        z: array-like of logits, softmax taken over the last axis.
    Returns:
        np.ndarray of the same shape with probabilities.
    """
    z = np.asarray(z, dtype=np.float64)
    z_shifted = z - np.max(z, axis=-1, keepdims=True)  # prevents overflow
    exp_z = np.exp(z_shifted)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


# quick test
if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
