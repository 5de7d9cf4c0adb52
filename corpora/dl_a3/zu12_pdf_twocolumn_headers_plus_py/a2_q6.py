# A3 Q6 - Fatima Zahra El Idrissi
import numpy as np

def stable_softmax(z):
    z = z - np.max(z, axis=0)
    e = np.exp(z)
    return e / np.sum(e, axis=0)
