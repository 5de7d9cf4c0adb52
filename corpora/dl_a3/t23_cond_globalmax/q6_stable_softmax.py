import numpy as np

OVERFLOW_LIMIT = 500.0   # exp(709) is about the float64 limit, keep some margin


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # only shift when it is needed (small inputs are fine as they are)
    if np.max(z) > OVERFLOW_LIMIT:
        z = z - np.max(z)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([1000.0, 1001.0]))
