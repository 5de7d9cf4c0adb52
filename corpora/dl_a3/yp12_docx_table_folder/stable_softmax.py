import numpy as np

# Felix Brandt-Nakamura, 7730451 -- Assignment 3, Q6


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=0)
    exp_z = np.exp(z - z_max)
    return exp_z / np.sum(exp_z, axis=0)


if __name__ == "__main__":
    print(stable_softmax(np.array([1, 2, 3])))
    print(stable_softmax(np.array([1000, 1001])))
