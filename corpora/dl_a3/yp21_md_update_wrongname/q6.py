# Ifeoma Chukwu 1048823 - A3 Q6
import numpy as np


def softmax_stable(z):
    z = np.asarray(z, dtype=float)
    shifted = z - z.max(axis=-1, keepdims=True)
    exps = np.exp(shifted)
    return exps / exps.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(softmax_stable(np.array([1000, 1001])))
    print(softmax_stable(np.arange(24).reshape(2, 3, 4)).sum(-1))
