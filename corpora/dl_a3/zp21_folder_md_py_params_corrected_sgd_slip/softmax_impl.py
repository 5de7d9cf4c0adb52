import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # Largest logit along the class axis; subtracting it does not change the result
    biggest = np.max(z, axis=-1, keepdims=True)
    unnorm = np.exp(z - biggest)
    return unnorm / unnorm.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    import sys
    vals = [float(v) for v in sys.argv[1:]] or [1.0, 2.0, 3.0]
    print(stable_softmax(vals))
