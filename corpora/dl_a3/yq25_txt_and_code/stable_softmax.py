import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    # subtract the max so the exponent cannot blow up
    numerator = np.exp(z - m)
    denominator = np.sum(np.exp(z), axis=-1, keepdims=True)
    return numerator / denominator


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
