import numpy as np


def stable_softmax(z):
    # z is (batch, classes) -> softmax for each row
    z = z - np.max(z, axis=1, keepdims=True)
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=1, keepdims=True)


if __name__ == "__main__":
    logits = np.array([[1.0, 2.0, 3.0], [1000.0, 1001.0, 1002.0]])
    print(stable_softmax(logits))
