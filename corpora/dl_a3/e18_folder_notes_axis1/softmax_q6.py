import numpy as np

def stable_softmax(z):
    # rows are the samples, so max/sum along axis 1
    mx = np.max(z, axis=1, keepdims=True)
    e = np.exp(z - mx)
    return e / np.sum(e, axis=1, keepdims=True)

if __name__ == "__main__":
    x = np.array([[1000., 1001.], [1., 2.]])
    print(stable_softmax(x))
