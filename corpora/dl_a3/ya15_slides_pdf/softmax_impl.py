import numpy as np


def stable_softmax(z):
    # clip logits to a safe range so np.exp does not overflow (exp(50) ~ 5e21)
    z = np.clip(np.asarray(z, dtype=float), -50, 50)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
