import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    z_shift = z - np.max(z, axis=-1, keepdims=True)
    exp_z = np.exp(z_shift)
    out = exp_z / np.sum(exp_z, axis=-1, keepdims=True)
    return np.round(out, 4)

if __name__ == '__main__':
    print(stable_softmax([1000, 1001]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
