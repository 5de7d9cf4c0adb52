import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=np.float64)
    z = z - np.max(z, axis=-1)
    e = np.exp(z)
    return e / np.sum(e, axis=-1)

print(stable_softmax([1,2,3]))
print(stable_softmax([1000,1001]))
