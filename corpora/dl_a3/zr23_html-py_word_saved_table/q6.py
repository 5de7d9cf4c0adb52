# Camille Moreau - 21403377
import numpy as np

def stable_softmax(z):
    # clip to avoid overflow in exp (exp(709) is about the float64 max)
    z = np.clip(z, -500, 500)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
