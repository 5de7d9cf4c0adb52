import numpy as np

__all__ = ["stable_softmax"]


def stable_softmax(z):
    """Softmax along the last axis of z (any number of dimensions).

    The per-slice maximum is subtracted first, so exp() sees values <= 0
    and cannot overflow.
    """
    logits = np.asarray(z, dtype=float)
    logits = logits - logits.max(axis=-1, keepdims=True)
    unnorm = np.exp(logits)
    return unnorm / unnorm.sum(axis=-1, keepdims=True)
