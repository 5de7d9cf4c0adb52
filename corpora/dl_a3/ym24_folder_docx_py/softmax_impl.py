import numpy as np

def stable_softmax(z):
    exp_z = np.exp(z)
    sum_exp = np.sum(exp_z, axis=-1, keepdims=True)
    softmax = exp_z / sum_exp
    return softmax

z = np.array([1, 2, 3])
print(stable_softmax(z))
