import numpy as np

# Q6 - softmax
def stable_softmax(z):
    z = np.array(z, dtype=np.float64)
    ez = np.exp(z)
    return ez / np.sum(ez, axis=-1, keepdims=True)

print(stable_softmax(np.array([1.0, 2.0, 3.0])))
