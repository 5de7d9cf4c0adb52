import numpy as np

def stable_softmax(z):
    """subtract the max so the biggest exponent is exp(0) = 1"""
    z = np.asarray(z, dtype=float)
    c = np.max(z)
    exp_z = np.exp(z - c)
    return exp_z / exp_z.sum(axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax([1., 2., 3.]))
    print(stable_softmax([1000., 1001.]))
