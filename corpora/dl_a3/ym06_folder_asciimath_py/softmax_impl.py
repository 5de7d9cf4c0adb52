import math
import numpy as np

# Q6 softmax (stable)
def stable_softmax(z):
    # exponentiate everything
    e = math.exp(z)
    total = np.sum(e)
    return e / total

print("softmax done")
