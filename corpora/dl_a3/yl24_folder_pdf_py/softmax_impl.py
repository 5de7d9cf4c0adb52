import numpy as np


def stable_softmax(z):
    # z is (batch, classes)
    m = np.max(z, axis=1, keepdims=True)
    e = np.exp(z - m)
    return e / np.sum(e, axis=1, keepdims=True)


if __name__ == "__main__":
    logits = np.array([[1.0, 2.0, 3.0],
                       [1000.0, 1001.0, 1002.0]])
    print(stable_softmax(logits))
