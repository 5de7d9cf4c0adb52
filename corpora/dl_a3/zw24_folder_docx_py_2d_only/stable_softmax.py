import numpy as np

# Mateo Gutierrez - A3 Q6


def stable_softmax(z):
    if z.ndim == 1:
        e = np.exp(z - np.max(z))
        return e / np.sum(e)
    elif z.ndim == 2:
        out = np.zeros_like(z)
        for i in range(z.shape[0]):
            e = np.exp(z[i] - np.max(z[i]))
            out[i] = e / np.sum(e)
        return out
    else:
        raise ValueError("z must be a vector or a matrix (one example per row)")


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([[1000.0, 1001.0, 1002.0], [-1000.0, -1000.0, -1000.0]])))
