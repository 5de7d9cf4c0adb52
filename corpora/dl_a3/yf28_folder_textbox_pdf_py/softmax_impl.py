import numpy as np


def stable_softmax(z):
    """Softmax over the last axis. Works for 1-D, 2-D (batch) and N-D inputs.

    Trick: softmax(z) == softmax(z - c) for any constant c per row,
    so use c = row max -> exponents are <= 0 -> no overflow.
    """
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


if __name__ == "__main__":
    np.set_printoptions(precision=4)
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
    print(stable_softmax([[1, 2, 3], [1, 1, 1]]))
