import numpy as np

def stable_softmax(z):
    # float32 is enough for probabilities and is what we use on GPU anyway
    z = np.asarray(z, dtype=np.float32)
    z_max = np.max(z, axis=-1, keepdims=True)
    exps = np.exp(z - z_max)
    return exps / np.sum(exps, axis=-1, keepdims=True)

print("stable_softmax loaded")
