import numpy as np

# Q6 stable softmax
def stable_softmax(z):
    # subtract the max so exp doesnt blow up
    z_max = np.max(z, axis=-1, keepdims=True)
    return np.exp(z - z_max)

print(stable_softmax(np.array([1000, 1001])))  # works, no overflow!
