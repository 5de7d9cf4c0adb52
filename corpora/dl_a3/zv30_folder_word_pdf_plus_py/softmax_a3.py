"""
DL Assignment 3 -- Question 6
Author: Hamid Rezaei
"""
import numpy as np


def stable_softmax(z):
    z = np.array(z).astype(int)          # make sure it's a numpy array
    m = z.max(axis=-1, keepdims=True)
    ez = np.exp(z - m)
    return ez / ez.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
