"""
Q6 - numerically stable softmax
Mateo Rossi Carvalho, 55-120-0931
"""
import numpy as np


def stable_softmax(z: np.ndarray) -> np.ndarray:
    """
    Compute the softmax over the last axis of `z`.

    Subtracting the maximum along the last axis does not change the result
    (it cancels between numerator and denominator) but keeps every exponent <= 0,
    so np.exp cannot overflow.
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1, keepdims=True)
    exp_shifted = np.exp(z - z_max)
    return exp_shifted / np.sum(exp_shifted, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
    batch = np.random.randn(2, 3, 4)
    out = stable_softmax(batch)
    assert out.shape == batch.shape
    assert np.allclose(out.sum(axis=-1), 1.0)
