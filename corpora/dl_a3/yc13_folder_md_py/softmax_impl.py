import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1, keepdims=True)
    out = np.exp(z)
    out /= out.sum(axis=-1, keepdims=True)
    return out

if __name__ == "__main__":
    print(stable_softmax([1000, 1001]))
