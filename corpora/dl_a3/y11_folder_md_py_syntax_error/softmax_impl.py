import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    # subtract the max of each row so exp never overflows
    shifted = z - np.max(z, axis=-1, keepdims=True)
    exps = np.exp(shifted)
  return exps / np.sum(exps, axis=-1, keepdims=True)


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
