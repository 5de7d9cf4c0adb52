import numpy as np


def stable_softmax(z):
    # change the input to numpy array
    z = np.array(z, dtype=float)
    # calculate exp for every element
    exp_z = np.exp(z)
    # divide by the sum on the last axis, keepdims so the shape is correct
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == '__main__':
    print(stable_softmax([1, 2, 3]))
