import numpy as np

# Q6 - stable softmax
# trick: subtract max so the biggest exponent is exp(0)=1

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - np.max(z)
    expz = np.exp(z)
    return expz / np.sum(expz, axis=-1, keepdims=True)

if __name__ == '__main__':
    print(stable_softmax(np.array([1000., 1001.])))
