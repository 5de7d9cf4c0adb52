# Q6 - softmax
import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    num = np.exp(z)
    den = num.sum(axis=-1, keepdims=True)
    return num / den

# quick test
if __name__ == '__main__':
    out = stable_softmax([1, 2, 3])
    print(out, out.sum())   # [0.09003057 0.24472847 0.66524096] 1.0
