import numpy as np

def stable_softmax(z):
    """softmax along the last axis.
    To avoid overflow the logits are clipped to [-50, 50] first."""
    z = np.clip(np.asarray(z, dtype=float), -50, 50)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)
