import numpy as np


def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max(-1)[..., None]
    expz = np.exp(z)
    return expz / expz.sum(-1)[..., None]


if __name__ == "__main__":
    print(stable_softmax([1., 2., 3.]))
    print(stable_softmax(np.random.randn(2, 3, 4)).sum(-1))
