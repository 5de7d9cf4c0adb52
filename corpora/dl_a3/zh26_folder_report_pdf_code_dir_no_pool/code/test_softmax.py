import numpy as np
from softmax_impl import stable_softmax


def test_example():
    np.testing.assert_allclose(stable_softmax([1, 2, 3]),
                               [0.09003057, 0.24472847, 0.66524096], rtol=1e-6)


def test_large():
    out = stable_softmax([1000, 1001])
    assert np.all(np.isfinite(out))
    np.testing.assert_allclose(out, [0.26894142, 0.73105858], rtol=1e-6)


def test_3d_sums_to_one():
    z = np.random.randn(2, 3, 4)
    out = stable_softmax(z)
    assert out.shape == z.shape
    np.testing.assert_allclose(out.sum(axis=-1), 1.0)
