import numpy as np

def stable_softmax(z):
    # log-sum-exp trick so that big numbers don't overflow
    z = np.asarray(z, dtype=float)
    c = z.max(axis=-1, keepdims=True)
    lse = c + np.log(np.exp(z - c).sum(axis=-1, keepdims=True))
    return z - lse

if __name__ == '__main__':
    print(stable_softmax([1000., 1001.]))
