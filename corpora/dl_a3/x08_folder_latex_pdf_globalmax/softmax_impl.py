# Q6 -- stable softmax
# The trick: softmax(z) = softmax(z - c) for any constant c, so take c = max(z)
import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    c = np.max(z)                 # largest logit
    exps = np.exp(z - c)          # now every exponent is <= 0, no overflow
    return exps / np.sum(exps, axis=-1, keepdims=True)


# quick check
if __name__ == '__main__':
    print(stable_softmax([1, 2, 3]))        # [0.09003057 0.24472847 0.66524096]
    print(stable_softmax([1000, 1001]))     # [0.26894142 0.73105858]
