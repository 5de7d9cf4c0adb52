import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    c = z.max()            # maximum value for stability
    exp_z = np.exp(z - c)
    return exp_z / exp_z.sum(axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
