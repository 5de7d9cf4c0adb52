import numpy as np

def stable_softmax(z):
    z = np.asarray(z)
    exps = np.exp(z)
    sums = np.sum(exps, axis=-1, keepdims=True)
    return exps / sums

# test
if __name__ == "__main__":
    a = np.array([1, 2, 3])
    print(stable_softmax(a))
    b = np.random.randn(2, 3, 4)
    out = stable_softmax(b)
    print(out.shape, out.sum(axis=-1))
