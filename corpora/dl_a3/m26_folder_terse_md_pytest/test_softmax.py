import numpy as np
import pytest

from softmax_impl import stable_softmax


def test_given_example():
    np.testing.assert_allclose(stable_softmax([1, 2, 3]), [0.0900, 0.2447, 0.6652], atol=1e-4)


def test_large_logits_are_finite():
    out = stable_softmax([1000, 1001])
    assert np.all(np.isfinite(out))
    np.testing.assert_allclose(out, [0.26894142, 0.73105858])


@pytest.mark.parametrize("shape", [(5,), (4, 5), (2, 3, 4)])
def test_rows_sum_to_one(shape):
    z = np.random.default_rng(0).normal(size=shape) * 3
    out = stable_softmax(z)
    assert out.shape == z.shape
    np.testing.assert_allclose(out.sum(axis=-1), 1.0)
