import numpy as np

# Q6 stable softmax (Priya R.)
# idea: softmax(z) = exp(z - m) / sum(exp(z - m)) with m = max, and exp(z - m) = exp(z) / exp(m)


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    e = np.exp(z) / np.exp(m)          # = exp(z - m)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))            # [0.09 0.2447 0.6652]
    print(stable_softmax([[1, 2], [3, 5]]))
