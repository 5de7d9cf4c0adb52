import numpy as np


def stable_softmax(z):
    # clip logits so np.exp can't overflow (exp(500) is still finite)
    z = np.clip(np.asarray(z, dtype=float), -500, 500)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)
