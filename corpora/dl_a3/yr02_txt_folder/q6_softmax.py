# Rohan Mehta 2021BCS077 - Q6
import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)      # largest logit in each row
    exps = np.exp(z - m)
    return exps / exps.sum(axis=-1, keepdims=True)

# quick check
if __name__ == "__main__":
    print(stable_softmax([1000, 1001]))
