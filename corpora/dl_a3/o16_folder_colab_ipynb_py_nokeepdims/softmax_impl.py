import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z_max = np.max(z, axis=-1)
    exps = np.exp(z - z_max)
    return exps / np.sum(exps, axis=-1)

print("stable_softmax loaded")
