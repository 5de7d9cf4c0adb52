# %% [markdown]
# Q6 - stable softmax
# first try was the textbook version, it breaks for big logits (see cell 3)

# %%
import numpy as np


def stable_softmax(z):
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


# %%
print(stable_softmax(np.array([1.0, 2.0, 3.0])))

# %%
# overflow: exp(1000) = inf -> nan
# print(stable_softmax(np.array([1000.0, 1001.0])))

# %% fixed version (subtract the max of each slice, softmax is shift invariant)
def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    m = z.max(axis=-1, keepdims=True)
    e = np.exp(z - m)
    return e / e.sum(axis=-1, keepdims=True)


# %%
print(stable_softmax(np.array([1000.0, 1001.0])))
print(stable_softmax(np.random.randn(2, 3, 4)).sum(axis=-1))
