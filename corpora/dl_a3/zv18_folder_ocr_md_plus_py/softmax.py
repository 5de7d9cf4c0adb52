import numpy as np

# Q6  stable softmax   (Tomás Herrera)

def stable_softmax(z):
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    p = e / np.sum(e, axis=-1, keepdims=True)
    print(p)


stable_softmax(np.array([1.0, 2.0, 3.0]))
stable_softmax(np.array([1000.0, 1001.0]))
