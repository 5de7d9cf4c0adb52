import numpy as np

# Q6 - stable softmax over the last axis
def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z = z - np.max(z, axis=-1, keepdims=True)  # largest entry becomes 0
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax(np.array([[1, 2, 3], [1000, 1001, 1002]])))
