import numpy as np

def softmax_stable(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z, axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / np.sum(ez, axis=-1, keepdims=True)

if __name__ == "__main__":
    print(softmax_stable([1, 2, 3]))   # [0.09003057 0.24472847 0.66524096]
