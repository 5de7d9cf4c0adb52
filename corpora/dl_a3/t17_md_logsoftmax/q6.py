import numpy as np

# log-sum-exp trick: log softmax = z - max - log(sum(exp(z - max)))
# this never overflows because the biggest exp is exp(0)

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return z - lse
