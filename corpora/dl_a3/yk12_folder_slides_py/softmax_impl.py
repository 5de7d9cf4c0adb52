import numpy as np

MAX_LOGIT = 500.0   # exp(709) is about the largest float64, so stay well below


def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    # avoid overflow: clip very large / very small logits
    z = np.clip(z, -MAX_LOGIT, MAX_LOGIT)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1.0, 2.0, 3.0])))
    print(stable_softmax(np.random.randn(4, 5)).sum(axis=-1))
