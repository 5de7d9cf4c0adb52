# Q6 - stable softmax
# author: Karthik V.  (same as in notebook)
import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=int)          # make sure its a numpy array
    z = z - np.max(z, axis=-1, keepdims=True)   # shift by max so exp dont overflow
    ez = np.exp(z)
    return ez / np.sum(ez, axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax([1000, 1001]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
