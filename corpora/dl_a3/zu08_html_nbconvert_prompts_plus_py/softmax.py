import numpy as np

# Arjun Menon 2022MCS2231 - Q6
# float32 is enough for probabilities and halves the memory


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float32)
    z = z - z.max(axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)
