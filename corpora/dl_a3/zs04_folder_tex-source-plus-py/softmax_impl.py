# Tomasz Nowak, 4417263 -- DL A3 Problem 6
import numpy as np


def stable_softmax(z):
    # softmax over the last axis
    # exp of logits, normalised by the sum over the last axis
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.random.randn(2, 3, 4)).sum(axis=-1))
