import numpy as np

# Aarav Shah 210101043
# Q6: stable softmax

def stable_softmax(z):
    z = z - np.max(z, axis=0)
    exp = np.exp(z)
    return exp / np.sum(exp, axis=0)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
