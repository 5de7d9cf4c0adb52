# Camille Dubois-Ngata - DL A3 Q6
import numpy as np


def stable_softmax(z):
    # log-sum-exp trick, stable for big logits
    m = np.max(z, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return z - lse
