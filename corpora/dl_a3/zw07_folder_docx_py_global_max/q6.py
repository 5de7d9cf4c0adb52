# Emily Zhang - DL A3 Q6
import numpy as np

def stable_softmax(z):
    # subtract the max so exp never overflows
    z = z - np.max(z)
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)

# quick test
if __name__ == '__main__':
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.array([1000.0, 1001.0])))
