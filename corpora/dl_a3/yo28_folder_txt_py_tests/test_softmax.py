import numpy as np
from softmax_impl import stable_softmax


def test_simple():
    p = stable_softmax(np.array([1.0, 2.0, 3.0]))
    assert np.isclose(p.sum(), 1.0)
    assert p[2] > p[1] > p[0]


def test_batch():
    p = stable_softmax(np.random.randn(4, 5))
    assert np.allclose(p.sum(axis=1), 1.0)


def test_no_overflow():
    p = stable_softmax(np.array([1000.0, 1001.0]))
    assert np.all(np.isfinite(p))


if __name__ == "__main__":
    test_simple(); test_batch(); test_no_overflow()
    print("all tests passed")
