import numpy as np


def stable_softmax(z):
    # subtract max so exp doesn't overflow
    z = z - np.max(z)
    e = np.exp(z)
    return e / np.sum(e, axis=1, keepdims=True)


if __name__ == "__main__":
    logits = np.array([[2.0, 1.0, 0.1],
                       [1.0, 3.0, 0.2]])
    print(stable_softmax(logits))
