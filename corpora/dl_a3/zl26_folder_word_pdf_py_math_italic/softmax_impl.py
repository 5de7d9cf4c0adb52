# Isabella Garcia, DL A3 -- question 6
import numpy as np

def stable_softmax(z):
    z = np.asarray(z, float)
    m = np.max(z, axis=1, keepdims=True)      # max of every row
    e = np.exp(z - m)
    return e / np.sum(e, axis=1, keepdims=True)

if __name__ == "__main__":
    Z = np.array([[1., 2., 3.], [1000., 1001., 1002.]])
    print(stable_softmax(Z))
