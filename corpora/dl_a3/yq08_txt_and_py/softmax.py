import numpy as np

def stable_softmax(z):
    """softmax over the last axis"""
    z = np.asarray(z, dtype=np.float64)
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax(np.array([1, 2, 3])))
