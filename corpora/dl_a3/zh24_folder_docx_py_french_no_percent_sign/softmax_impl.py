# Question 6 -- softmax stable
import numpy as np


def stable_softmax(z):
    # on soustrait le max de chaque ligne (dernier axe) : exp ne deborde plus
    z = np.asarray(z, dtype=float)
    decale = z - z.max(axis=-1, keepdims=True)
    num = np.exp(decale)
    den = num.sum(axis=-1, keepdims=True)
    return num / den


if __name__ == "__main__":
    print(stable_softmax([1, 2, 3]))
    print(stable_softmax([1000, 1001]))
