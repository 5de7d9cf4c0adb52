import numpy as np

# Q6 softmax
def stable_softmax(z):
    z = np.array(z, dtype=float)
    exps = np.exp(z)
    return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == "__main__":
    test = np.array([[1, 2, 3], [0, 0, 0]])
    print(stable_softmax(test))
