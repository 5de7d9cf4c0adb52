import numpy as np

def stable_softmax(z):
    # softmax along the last axis
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([[1.0, 2.0], [3.0, 4.0]])))
