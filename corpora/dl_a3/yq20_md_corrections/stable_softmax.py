import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # log-sum-exp trick
    m = np.max(z, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return np.exp(z - lse)

# quick test
if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))
    print(stable_softmax(np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])))
