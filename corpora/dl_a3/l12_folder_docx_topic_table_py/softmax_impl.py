import numpy as np


def stable_softmax(z):
    # subtract max for stability
    z = np.asarray(z, dtype=float)
    z = z - np.max(z)
    expz = np.exp(z)
    return expz / np.sum(expz)


def test():
    assert np.allclose(stable_softmax([1, 2, 3]), [0.0900, 0.2447, 0.6652], atol=1e-4)
    assert np.all(np.isfinite(stable_softmax([1000, 1001])))
    print("ok")


if __name__ == "__main__":
    test()
