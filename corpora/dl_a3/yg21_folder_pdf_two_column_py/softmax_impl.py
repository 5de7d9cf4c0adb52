"""Homework 3, problem 6.  Oluwaseun Adeyemi (904417)."""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def stable_softmax(z: ArrayLike) -> np.ndarray:
    """Return softmax(z) along the last axis without overflow.

    >>> stable_softmax(np.array([1000.0, 1001.0])).round(4)
    array([0.2689, 0.7311])
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    unnorm = np.exp(z - z_max)
    return unnorm / unnorm.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    import doctest
    doctest.testmod()
