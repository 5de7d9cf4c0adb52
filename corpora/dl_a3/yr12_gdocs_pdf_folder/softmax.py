import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z_shift = z - np.amax(z, axis=-1, keepdims=True)
    num = np.exp(z_shift)
    den = np.sum(num, axis=-1, keepdims=True)
    return num / den

if __name__ == '__main__':
    a = np.random.rand(4, 5)
    print(stable_softmax(a).sum(axis=-1))
    print(stable_softmax(np.array([1000, 1001])))
