import numpy as np

# stable softmax: subtract maximum before exponential
def stable_softmax(z):
    a = np.array(z, dtype=np.float64)
    b = a - np.max(a, axis=-1, keepdims=True)
    c = np.exp(b)
    return c / np.sum(c, axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax(np.array([[1, 2, 3], [1000, 1001, 1002]])))
