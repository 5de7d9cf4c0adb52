# Ana Lucia Fernandez Ruiz - 4471902
# Assignment 3, question 6

import numpy as np

def stable_softmax(z):
    # exponentiate every logit and divide by the sum over the last axis
    exp_z = np.exp(z)
    return exp_z / np.sum(exp_z, axis=-1, keepdims=True)

# test
print(stable_softmax(np.array([1.0, 2.0, 3.0])))
