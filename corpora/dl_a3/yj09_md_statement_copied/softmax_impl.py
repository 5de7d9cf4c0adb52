# softmax_impl.py  --  Q6
import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    c = np.max(z)                      # one constant for the whole array
    e = np.exp(z - c)
    return e / e.sum(axis=-1, keepdims=True)

if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
