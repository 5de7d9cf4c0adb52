import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Numerically stable softmax along the last axis."""
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    exp_z = np.exp(z - z_max)
    return exp_z / exp_z.sum(axis=-1, keepdims=True)


def _tests():
    out = stable_softmax(np.array([1.0, 2.0, 3.0]))
    assert np.allclose(out, [0.09003057, 0.24472847, 0.66524096])
    big = stable_softmax(np.array([1000.0, 1001.0]))
    assert np.all(np.isfinite(big))
    x = np.random.randn(2, 3, 4)
    assert stable_softmax(x).shape == x.shape
    assert np.allclose(stable_softmax(x).sum(axis=-1), 1.0)
    print("all tests passed")


if __name__ == "__main__":
    _tests()
