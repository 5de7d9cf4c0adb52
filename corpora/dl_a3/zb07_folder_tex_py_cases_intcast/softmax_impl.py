import numpy as np

# Q6: stable softmax
def stable_softmax(z):
    # make sure we have a numpy array of numbers
    z = np.array(z, dtype=int)
    z_max = np.max(z, axis=-1, keepdims=True)
    exps = np.exp(z - z_max)
    return exps / np.sum(exps, axis=-1, keepdims=True)

print(stable_softmax([1, 2, 3]))
print(stable_softmax([1000, 1001]))
