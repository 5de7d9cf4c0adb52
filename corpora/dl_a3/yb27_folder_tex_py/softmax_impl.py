import numpy as np


def stable_softmax(z):
    """
    z: logits of shape (batch, classes)
    returns probabilities of shape (batch, classes)
    """
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=1, keepdims=True)
    exp_z = np.exp(z - z_max)
    return exp_z / np.sum(exp_z, axis=1, keepdims=True)


if __name__ == "__main__":
    logits = np.array([[1.0, 2.0, 3.0], [1000.0, 1001.0, 1002.0]])
    print(stable_softmax(logits))
