import numpy as np

#Q6
def stable_softmax(z):
    z = np.array(z)
    return np.exp(z) / np.exp(z).sum(axis=-1, keepdims=True)

print(stable_softmax([1,2,3]))
