import numpy as np

def stable_softmax(z):
    """softmax over last axis.

    to avoid overflow I clip the logits to [-500, 500] first,
    exp(500) ~ 1.4e217 still fits in a float64.
    """
    z = np.clip(np.asarray(z, dtype=float), -500, 500)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)

# quick check
if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))   # no overflow anymore
