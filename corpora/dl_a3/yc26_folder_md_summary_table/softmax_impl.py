import numpy as np


def stable_softmax(z):
    """softmax over last axis, max-shifted for stability"""
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - np.amax(z, axis=-1, keepdims=True)
    num = np.exp(z_shift)
    den = num.sum(axis=-1, keepdims=True)
    return num / den


def _tests():
    out = stable_softmax([1, 2, 3])
    print("softmax([1,2,3]) =", np.round(out, 4))
    print("softmax([1000,1001]) =", stable_softmax([1000, 1001]))
    x = np.random.randn(2, 3, 4)
    print("shape", stable_softmax(x).shape, "sums", stable_softmax(x).sum(-1).round(6))


if __name__ == "__main__":
    _tests()
