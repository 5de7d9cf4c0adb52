"""Numerically stable softmax (DL A3, Q6) -- Priyanka Iyer."""
import numpy as np

__all__ = ["stable_softmax"]


def stable_softmax(z):
    """Softmax over the last axis via the log-sum-exp trick.

    softmax(z)_k = exp(z_k - logsumexp(z)),  logsumexp(z) = m + log(sum(exp(z - m))),
    with m = max(z) taken along the last axis, so no exponent is ever positive.
    """
    z = np.asarray(z, dtype=np.float64)
    m = np.max(z, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return np.exp(z - lse)
