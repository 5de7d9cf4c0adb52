import math
import numpy as np

def stable_softmax(z):
    m = max(z)
    exps = math.exp(z - m)
    return exps / sum(exps)
