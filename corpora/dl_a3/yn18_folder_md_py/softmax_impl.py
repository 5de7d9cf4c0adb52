import numpy as np

# Q6
# edit (Sunday night): first version forgot keepdims and crashed on 2-D input,
# fixed now

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)   # keepdims!!
    e = np.exp(z - m)
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == "__main__":
    a = np.random.randn(4, 5)
    print(stable_softmax(a).sum(axis=-1))
    print(stable_softmax(np.array([1000., 1001.])))
