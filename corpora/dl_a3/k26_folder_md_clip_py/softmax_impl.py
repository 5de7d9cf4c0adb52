import numpy as np

CLIP = 500.0   # exp(500) ~ 1e217, still representable in float64


def stable_softmax(z):
    z = np.clip(np.asarray(z, dtype=np.float64), -CLIP, CLIP)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))   # finite, no overflow warning
