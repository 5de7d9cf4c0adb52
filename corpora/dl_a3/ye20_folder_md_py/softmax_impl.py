import numpy as np

# Q6: stable softmax using the log-sum-exp trick
# log softmax(z) = z - logsumexp(z), and logsumexp is computed stably with the max

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    m = np.max(z, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return z - lse
