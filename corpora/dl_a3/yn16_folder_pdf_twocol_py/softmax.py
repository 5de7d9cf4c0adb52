import numpy as np

def stable_softmax(z):
    # clip the logits so that np.exp can never overflow (exp(50) is fine)
    z = np.clip(np.asarray(z, dtype=float), -50, 50)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax(np.array([1, 2, 3])))
    print(stable_softmax(np.array([1000, 1001])))   # no overflow :)
