import numpy as np
from softmax_impl import stable_softmax


def test_small():
    p = stable_softmax(np.array([1.0, 2.0, 3.0]))
    assert np.allclose(p, [0.09003057, 0.24472847, 0.66524096])


def test_large():
    p = stable_softmax(np.array([1000.0, 1001.0]))
    assert np.all(np.isfinite(p))
    assert np.allclose(p, [0.26894142, 0.73105858])


def test_shape():
    z = np.random.randn(2, 3, 4)
    p = stable_softmax(z)
    assert p.shape == z.shape
    assert np.allclose(p.sum(axis=-1), 1.0)


if __name__ == "__main__":
    test_small(); test_large(); test_shape()
    print("3 tests passed")
