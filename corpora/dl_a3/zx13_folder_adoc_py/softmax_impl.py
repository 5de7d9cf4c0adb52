import numpy as np
from numpy.typing import ArrayLike


def stable_softmax(z: ArrayLike) -> np.ndarray:
    z = np.asarray(z, dtype=float)
    shifted = np.subtract(z, z.max(axis=-1, keepdims=True))
    num = np.exp(shifted)
    den = num.sum(axis=-1, keepdims=True)
    return num / den


def test_simple():
    out = stable_softmax(np.array([1.0, 2.0, 3.0]))
    assert np.isclose(out.sum(), 1.0)


def test_large():
    out = stable_softmax(np.array([1000.0, 1001.0]))
    assert np.all(np.isfinite(out))


def test_3d():
    x = np.random.rand(2, 3, 4)
    assert np.allclose(stable_softmax(x).sum(-1), 1.0)
