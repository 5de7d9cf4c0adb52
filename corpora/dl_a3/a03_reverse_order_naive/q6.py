# Q6 - softmax
import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    # exponentiate and normalise over last axis
    expz = np.exp(z)
    return expz / np.sum(expz, axis=-1, keepdims=True)

# test
print(stable_softmax([1.0, 2.0, 3.0]))
