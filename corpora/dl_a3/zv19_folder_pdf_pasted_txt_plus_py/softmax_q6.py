# Q6 stable softmax -- Ayesha Siddiqui (roll 19)
import numpy as np

def stable_softmax(z):
    z = np.asarray(z, dtype=float)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    p = e / e.sum(axis=-1, keepdims=True)
    return np.round(p, 4)   # 4 decimals is enough

print(stable_softmax(np.array([1.0, 2.0, 3.0])))   # [0.09   0.2447 0.6652]
print(stable_softmax(np.array([1000.0, 1001.0])))  # [0.2689 0.7311]
