import numpy as np

# Q6
def stable_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    mx = np.max(z, axis=1, keepdims=True)
    ex = np.exp(z - mx)
    return ex / np.sum(ex, axis=1, keepdims=True)

if __name__ == "__main__":
    logits = np.array([[2.0, 1.0, 0.1], [1000, 1001, 1002]])
    print(stable_softmax(logits))
