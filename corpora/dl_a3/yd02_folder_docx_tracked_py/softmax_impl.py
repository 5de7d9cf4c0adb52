# Q6 softmax  -- Assignment 3
# Lena Hartmann
import numpy as np

def stable_softmax(z):
    # softmax along the last axis
    z = np.array(z, dtype=float)
    exps = np.exp(z)
    return exps / np.sum(exps, axis=-1, keepdims=True)

# quick test
if __name__ == "__main__":
    a = np.array([1, 2, 3])
    print(stable_softmax(a))   # [0.09 0.245 0.665]
