import numpy as np

# Q6 - stable softmax (Aditya Sharma)
# max subtract karne se exp overflow nahi hota

def stable_softmax(z):
    z = np.array(z, dtype=float)
    exp_z = np.exp(z - np.max(z))
    return exp_z / np.sum(exp_z)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
