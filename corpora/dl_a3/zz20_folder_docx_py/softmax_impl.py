import numpy as np

def stable_softmax(z):
    # subtract the max over the last dimension so exp never overflows
    z_max = z.max(dim=-1, keepdim=True)
    exp_z = np.exp(z - z_max)
    return exp_z / exp_z.sum(dim=-1, keepdim=True)
