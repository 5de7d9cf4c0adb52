import numpy as np

# Q6 - stable softmax
# trick: softmax(z) = softmax(z - c) for any constant c, take c = max(z)

def stable_softmax(z):
    z = np.array(z, dtype=float)
    c = np.max(z)
    exps = np.exp(z - c)
    return exps / np.sum(exps)

# quick test
# print(stable_softmax([1, 2, 3]))       -> [0.09003057 0.24472847 0.66524096]
# print(stable_softmax([1000, 1001]))    -> [0.26894142 0.73105858]
