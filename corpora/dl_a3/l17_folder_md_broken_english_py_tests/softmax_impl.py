import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # minus the max at last axis, so exp not overflow
    z_shift = z - np.amax(z, axis=-1, keepdims=True)
    numerator = np.exp(z_shift)
    denominator = np.sum(numerator, axis=-1, keepdims=True)
    return numerator / denominator


def test_example():
    out = stable_softmax([1, 2, 3])
    assert np.allclose(out, [0.0900, 0.2447, 0.6652], atol=1e-4)


def test_big_number():
    out = stable_softmax([1000, 1001])
    assert np.all(np.isfinite(out))


def test_3d():
    z = np.random.randn(2, 3, 4)
    assert np.allclose(stable_softmax(z).sum(axis=-1), 1.0)


if __name__ == "__main__":
    test_example()
    test_big_number()
    test_3d()
    print("all test pass")
