import numpy as np

def stable_softmax(z):
    # z is (batch, classes)
    z = np.asarray(z, dtype=float)
    z_max = np.max(z, axis=1, keepdims=True)
    exps = np.exp(z - z_max)
    return exps / np.sum(exps, axis=1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([[1.0, 2.0, 3.0]])))
