import numpy as np

def stable_softmax(z):
    """
    Numerically stable softmax.
    Subtract max(z) so the biggest exponent is exp(0) = 1.
    """
    z = np.asarray(z, dtype=float)
    z_shift = z - np.max(z, axis=-1)
    e = np.exp(z_shift)
    return e / np.sum(e, axis=-1)

# test
if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
