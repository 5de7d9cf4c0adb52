import numpy as np

# Q6 - numerically stable softmax (Aiyana W.)
# subtracting the row max doesn't change the result because the factor e^{-m}
# cancels in numerator and denominator, but it keeps exp() from overflowing.

def stable_softmax(z):
    z = np.array(z, dtype=float)
    m = z.max(axis=-1, keepdims=True)
    e = np.exp(z - m)
    s = e.sum(axis=-1, keepdims=True)
    return e / s
