import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_shift = z - z.max(axis=-1, keepdims=True)
    exp_z = np.exp(z_shift)
    probs = exp_z / exp_z.sum(axis=-1, keepdims=True)
    print(probs)

stable_softmax([1, 2, 3])
stable_softmax([1000, 1001])
