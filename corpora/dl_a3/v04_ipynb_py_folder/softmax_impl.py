import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=int)   # logits
    z = z - z.max(axis=-1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=-1, keepdims=True)

# quick check
if __name__ == '__main__':
    print(stable_softmax([1, 2, 3]))
