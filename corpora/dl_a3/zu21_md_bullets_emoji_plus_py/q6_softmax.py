import numpy as np


# Marcus Oyelaran-Smith 20194417
def logsumexp(z, axis=-1):
    m = np.max(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def stable_softmax(z):
    return np.exp(z - logsumexp(z, axis=-1))
