import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # shift by the largest value so exp() can't overflow
    z = z - np.max(z)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)

# quick check
if __name__ == '__main__':
    print(stable_softmax(np.array([1000., 1001.])))   # [0.26894142 0.73105858]
