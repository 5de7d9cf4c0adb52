import numpy as np

def stable_softmax(z):
    # softmax along last axis
    exps = np.exp(z)
    return exps / np.sum(exps, axis=-1, keepdims=True)

if __name__ == '__main__':
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
