import numpy as np

def stable_softmax(z):
    # subtract the biggest logit so exp never overflows
    z = np.array(z, dtype=float)
    m = np.max(z)
    ez = np.exp(z - m)
    return ez / ez.sum(axis=-1, keepdims=True)

# quick test
if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))        # [0.09003057 0.24472847 0.66524096]
    print(stable_softmax([1000, 1001]))     # ok, no overflow
