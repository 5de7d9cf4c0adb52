import numpy as np

# Elena Petrova 2119384 -- A3 Q6
# float32 to save memory (like in pytorch)


def stable_softmax(z):
    z = np.asarray(z).astype(np.float32)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
