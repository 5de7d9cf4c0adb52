import numpy as np

from softmax_impl import stable_softmax


def test_small():
    out = stable_softmax(np.array([1.0, 2.0, 3.0]))
    assert np.allclose(out, np.exp([1, 2, 3]) / np.exp([1, 2, 3]).sum())


def test_large():
    out = stable_softmax(np.array([1000.0, 1001.0]))
    assert np.all(np.isfinite(out))
    assert np.allclose(out, [1 / (1 + np.e), np.e / (1 + np.e)])


def test_batch_shape():
    x = np.random.default_rng(1).normal(size=(2, 3, 4))
    out = stable_softmax(x)
    assert out.shape == x.shape
    assert np.allclose(out.sum(axis=-1), 1.0)
