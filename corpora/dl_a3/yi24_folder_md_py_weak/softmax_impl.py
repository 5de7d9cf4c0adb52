import numpy as np

def stable_softmax(z):
    z = z / np.max(z)   # normalise so the numbers are small -> stable
    return np.exp(z) / np.sum(np.exp(z))

if __name__ == '__main__':
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
