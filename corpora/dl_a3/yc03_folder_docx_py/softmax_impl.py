import numpy as np

# Q6 - softmax
# softmax(z)_i = exp(z_i) / sum_j exp(z_j), taken over the last axis

def stable_softmax(z):
    z = np.array(z, dtype=float)
    exps = np.exp(z)
    return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == '__main__':
    test = np.array([1, 2, 3])
    print(stable_softmax(test))   # [0.09003057 0.24472847 0.66524096]
    print(stable_softmax(np.random.rand(4, 5)).sum(axis=1))
