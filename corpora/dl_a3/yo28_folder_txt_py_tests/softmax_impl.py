import numpy as np

CLIP = 500.0   # exp(709) is about the largest float64, so stay well below


def stable_softmax(z):
    """softmax over the last axis; logits are clipped so exp() can't overflow"""
    z = np.clip(np.asarray(z, dtype=float), -CLIP, CLIP)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
