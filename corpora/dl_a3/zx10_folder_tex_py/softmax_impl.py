"""Assignment 3, Question 6 (Leonie Hartmann)."""
from __future__ import annotations

import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """Numerically stable softmax over the last axis.

    Parameters
    ----------
    z : array_like, any shape (..., K)

    Returns
    -------
    ndarray of the same shape whose slices along the last axis sum to 1.
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = z.max(axis=-1, keepdims=True)
    exps = np.exp(z - z_max)
    return exps / exps.sum(axis=-1, keepdims=True)


def _self_test() -> None:
    assert np.allclose(stable_softmax(np.array([1.0, 2.0, 3.0])),
                       [0.09003057, 0.24472847, 0.66524096])
    big = stable_softmax(np.array([1000.0, 1001.0]))
    assert np.all(np.isfinite(big))
    x = np.random.default_rng(0).normal(size=(2, 3, 4))
    assert stable_softmax(x).shape == x.shape
    assert np.allclose(stable_softmax(x).sum(axis=-1), 1.0)
    print("all good")


if __name__ == "__main__":
    _self_test()
