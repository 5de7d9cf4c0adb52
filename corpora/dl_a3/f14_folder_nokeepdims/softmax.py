import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    exp_z = np.exp(z - np.max(z, axis=-1))
    return exp_z / np.sum(exp_z, axis=-1)

if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))
