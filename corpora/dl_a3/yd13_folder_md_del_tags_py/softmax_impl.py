import numpy as np

def stable_softmax(z):
    """
    Numerically stable softmax.
    Working in log space is the most stable way (log-sum-exp trick):
        log softmax(z) = z - max(z) - log(sum(exp(z - max(z))))
    """
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    lse = np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return z - m - lse

if __name__ == "__main__":
    print(stable_softmax(np.array([1000.0, 1001.0])))   # finite, no overflow
