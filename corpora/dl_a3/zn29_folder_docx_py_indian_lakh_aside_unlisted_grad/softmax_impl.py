import numpy as np


def stable_softmax(z):
    """
    Numerically stable softmax.
    Subtract the maximum value along the last axis before exponentiating.
    """
    z = np.asarray(z, dtype=np.float64)
    max_val = np.max(z, axis=-1, keepdims=True)
    numerator = np.exp(z - max_val)
    denominator = np.sum(numerator, axis=-1, keepdims=True)
    return numerator / denominator


if __name__ == "__main__":
    sample = np.array([[1.0, 2.0, 3.0], [1000.0, 1001.0, 1002.0]])
    print(stable_softmax(sample))
