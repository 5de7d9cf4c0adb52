# Ans 6 - Arjun Venkatesh
import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    max_z = np.amax(z, axis=-1, keepdims=True)
    exp_z = np.exp(z - max_z)
    sum_exp = np.sum(exp_z, axis=-1, keepdims=True)
    return exp_z / sum_exp

if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
