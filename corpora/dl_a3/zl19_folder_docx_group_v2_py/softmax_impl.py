import numpy as np

# Group 12 (Liam O'Brien, Chloe Dubois) -- A3 Q6

def stable_softmax(z):
    z = np.array(z, dtype=np.float64)
    top = np.exp(z)
    bottom = np.sum(top, axis=-1, keepdims=True)
    out = top / bottom
    return out   # stable because we use float64


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
