import numpy as np

# Q6: stable softmax
# trick: softmax(z) = softmax(z - c) for any constant c, use c = max


def stable_softmax(z):
    z = np.array(z, dtype=float)
    c = np.max(z, axis=1, keepdims=True)
    e = np.exp(z - c)
    return e / np.sum(e, axis=1, keepdims=True)


# quick test
batch = np.array([[1000., 1001., 1002.],
                  [-1000., -1000., -1000.]])
print(stable_softmax(batch))
