import numpy as np
from softmax_impl import stable_softmax


def test_simple():
    p = stable_softmax(np.array([1.0, 2.0, 3.0]))
    np.testing.assert_allclose(p, np.exp([1, 2, 3]) / np.exp([1, 2, 3]).sum())


def test_rows():
    z = np.random.randn(4, 5)
    p = stable_softmax(z)
    for i in range(4):
        np.testing.assert_allclose(p[i], np.exp(z[i]) / np.exp(z[i]).sum())


def test_3d():
    p = stable_softmax(np.random.randn(2, 3, 4))
    assert p.shape == (2, 3, 4)
    np.testing.assert_allclose(p.sum(-1), 1.0)


def test_large():
    p = stable_softmax(np.array([1000.0, 1001.0]))
    assert np.all(np.isfinite(p))
    np.testing.assert_allclose(p, [1 / (1 + np.e), np.e / (1 + np.e)])
