import numpy as np

# Q6 softmax
def stable_softmax(z):
    z = np.array(z)
    e = np.exp(z)
    # divide by the sum over the last axis so it works for batches too
    return e / np.sum(e, axis=-1, keepdims=True)


if __name__ == '__main__':
    print(stable_softmax(np.array([1, 2, 3])))
    print(stable_softmax(np.random.rand(4, 5)).sum(axis=1))
