import numpy as np

def stable_softmax(z):
    # subtract the max so exp() can't blow up
    z = np.array(z, dtype=float)
    z = z - z.max(axis=0, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=0, keepdims=True)

# quick test
if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))   # no overflow :)
