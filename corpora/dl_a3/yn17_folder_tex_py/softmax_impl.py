import numpy as np


def stable_softmax(z):
    """
    Softmax over the last axis, stable for large logits.

    Parameters
    ----------
    z : np.ndarray, any shape (..., K)

    Returns
    -------
    np.ndarray of the same shape, each z[..., :] mapped to a probability vector
    """
    z = np.asarray(z, dtype=np.float64)
    z_max = np.amax(z, axis=-1, keepdims=True)
    exp_z = np.exp(z - z_max)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)


if __name__ == "__main__":
    for test in ([1, 2, 3], [1000, 1001], [-1000, 0, 1000]):
        print(test, "->", stable_softmax(np.array(test)))
