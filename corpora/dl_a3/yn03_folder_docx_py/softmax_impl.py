import numpy as np

# Q6 - softmax
# we use float64 so it is numerically stable

def stable_softmax(z):
    z = np.array(z, dtype=np.float64)
    exps = np.exp(z)
    return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == "__main__":
    z = np.array([1, 2, 3])
    print(stable_softmax(z))   # [0.09003057 0.24472847 0.66524096]
    print(stable_softmax(np.random.rand(4, 5)).sum(axis=1))
