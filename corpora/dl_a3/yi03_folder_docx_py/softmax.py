import numpy as np

# Q6 - softmax
# dividing by the sum makes it stable since every output is between 0 and 1

def stable_softmax(z):
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    z = np.array([1, 2, 3])
    print(stable_softmax(z))   # [0.09003057 0.24472847 0.66524096]
    print(stable_softmax(np.random.rand(4, 5)).sum(axis=-1))
