# Q6 - stable softmax
# Rohit Kumar Sharma, 22CS60R14
import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=np.float64)
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)

if __name__ == '__main__':
    print(stable_softmax([1, 2, 3]))
