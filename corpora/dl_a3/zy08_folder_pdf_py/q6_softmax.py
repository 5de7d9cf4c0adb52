import numpy as np

# Q6: numerically stable softmax (Ahmed Siddiqui)
# trick: subtract the max so the biggest exponent is exp(0) = 1


def stable_softmax(z):
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1)


print(stable_softmax(np.array([1.0, 2.0, 3.0])))
print(stable_softmax(np.array([1000.0, 1001.0])))
