"""Q6 - numerically stable softmax.

Trick: softmax is invariant to adding a constant to every logit, so we
subtract the largest logit of each slice before exponentiating. Then the
biggest exponent is exp(0) = 1 and nothing can overflow.
"""
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    shifted = z - np.max(z, axis=-1, keepdims=True)
    exps = np.exp(shifted)
    return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
