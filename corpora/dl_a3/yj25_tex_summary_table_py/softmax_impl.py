#!/usr/bin/env python3
"""stable_softmax for DL A3 (Q6).  Author: Nadia Petrova"""
from __future__ import annotations

import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z, dtype=np.float64)
    if z.ndim == 0:
        return np.ones_like(z)
    shifted = z - z.max(axis=-1, keepdims=True)
    np.clip(shifted, -745.0, 0.0, out=shifted)   # exp(-745) is the smallest non-zero double anyway
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    for shape in [(3,), (4, 5), (2, 3, 4)]:
        s = stable_softmax(rng.normal(size=shape))
        print(shape, s.shape, np.allclose(s.sum(-1), 1))
    print(stable_softmax(np.array([1000.0, 1001.0])))
