import numpy as np

# Q6 stable softmax - Priya R.
def softmax(z):
    z = z - np.max(z, axis=-1, keepdims=True)   # shift for stability
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)

if __name__ == "__main__":
    print(softmax(np.array([1.0, 2.0, 3.0])))
    print(softmax(np.array([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]])))
