import numpy as np

# Q6 (vi) stable softmax
def stable_softmax(z):
    z = np.array(z, dtype=float)
    m = np.max(z, axis=0, keepdims=True)
    e = np.exp(z - m)
    return e / np.sum(e, axis=0, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax(np.array([1., 2., 3.])))
    print(stable_softmax(np.array([1000., 1001.])))
