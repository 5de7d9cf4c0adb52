import numpy as np

# Question 6: softmax function
def stable_softmax(z):
    z = np.array(z, dtype=np.float64)
    exp_z = np.exp(z)
    sum_exp = np.sum(exp_z, axis=-1, keepdims=True)
    return exp_z / sum_exp

print(stable_softmax([1, 2, 3]))
