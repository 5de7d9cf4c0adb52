import numpy as np

def stable_softmax(z):
    """returns softmax of z along last axis (works for 1d, 2d, nd)"""
    arr = np.asarray(z, dtype=float)
    arr = arr - arr.max(axis=-1, keepdims=True)
    num = np.exp(arr)
    den = num.sum(axis=-1, keepdims=True)
    return num / den

if __name__ == "__main__":
    out = stable_softmax([1.0, 2.0, 3.0])
    print(out, out.sum())
