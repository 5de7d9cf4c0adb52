# softmax_impl.py  (Group 7: Ana Souza, Kwame Mensah)
import numpy as np

def stable_softmax(z):
    # subtract the max so the biggest exponent is e^0 = 1 -> no overflow
    z = np.array(z, dtype=float)
    e = np.exp(z - np.max(z))
    return e / e.sum()

# quick test
if __name__ == '__main__':
    print(stable_softmax([1, 2, 3]))        # [0.09 0.245 0.665]
    print(stable_softmax([1000, 1001]))     # no nan :)
