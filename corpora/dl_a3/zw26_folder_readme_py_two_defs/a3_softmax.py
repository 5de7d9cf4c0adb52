import numpy as np


# ---- v1 (naive, overflows for big logits -> nan) ----
def stable_softmax(z):
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


# ---- v2 (fixed): subtract the row max first ----
def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))
