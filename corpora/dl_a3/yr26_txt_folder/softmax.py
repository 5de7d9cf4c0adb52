import numpy as np

def stable_softmax(z):
    z = np.array(z, dtype=float)
    out = np.zeros_like(z)
    for i in range(z.shape[0]):
        row = z[i] - np.max(z[i])          # subtract max of the row
        out[i] = np.exp(row) / np.sum(np.exp(row))
    return out

if __name__ == "__main__":
    print(stable_softmax(np.random.randn(4, 5)))
