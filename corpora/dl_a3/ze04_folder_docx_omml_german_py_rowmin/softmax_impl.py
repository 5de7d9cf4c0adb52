# Aufgabe 6 / Q6  --  stable softmax
# Idee: man verschiebt die Logits pro Zeile, damit exp() klein bleibt.
import numpy as np


def stable_softmax(z):
    a = np.array(z, dtype=float)
    # shift every slice along the last axis by its minimum (row-wise)
    a = a - a.min(axis=-1, keepdims=True)
    e = np.exp(a)
    s = e.sum(axis=-1, keepdims=True)
    return e / s


# kleiner Test
if __name__ == "__main__":
    print(stable_softmax([1.0, 2.0, 3.0]))
    print(stable_softmax([[1000, 1001, 1002], [-1000, -1000, -1000]]))
