import numpy as np

# Ben Carter
# Q6: stable softmax -- shift by the max so exp never sees a big number

def stable_softmax(z):
    z = np.asarray(z).astype(float)
    shifted = z - np.max(z, axis=-1)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)


print(stable_softmax(np.array([1.0, 2.0, 3.0])))
print(stable_softmax(np.array([1000.0, 1001.0])))
