import numpy as np
import pytest

from softmax_impl import stable_softmax


def test_simple():
    np.testing.assert_allclose(stable_softmax(np.array([1.0, 2.0, 3.0])),
                               [0.09003057, 0.24472847, 0.66524096], rtol=1e-6)


def test_large_values():
    out = stable_softmax(np.array([1000.0, 1001.0]))
    assert np.all(np.isfinite(out))
    np.testing.assert_allclose(out, [0.26894142, 0.73105858], rtol=1e-6)


@pytest.mark.parametrize("shape", [(4, 5), (2, 3, 4)])
def test_shapes(shape):
    z = np.random.default_rng(1).normal(size=shape)
    out = stable_softmax(z)
    assert out.shape == shape
    np.testing.assert_allclose(out.sum(axis=-1), 1.0)


def test_matches_naive():
    z = np.random.default_rng(2).normal(size=(3, 7))
    naive = np.exp(z) / np.exp(z).sum(axis=-1, keepdims=True)
    np.testing.assert_allclose(stable_softmax(z), naive)
