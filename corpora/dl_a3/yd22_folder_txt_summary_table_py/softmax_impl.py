import numpy as np

########################################################
#  Q6  stable softmax                                  #
########################################################

def stable_softmax(z):
    # z has shape (batch, classes)
    m = np.max(z, axis=1, keepdims=True)
    e = np.exp(z - m)
    return e / np.sum(e, axis=1, keepdims=True)


if __name__ == "__main__":
    z = np.random.randn(4, 5) * 100
    print(stable_softmax(z).sum(axis=1))   # all ones
