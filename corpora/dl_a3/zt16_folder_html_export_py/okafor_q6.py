"""Chinedu Okafor 2019/ENG/0342 - DL A3 Q6"""
import numpy as np


def stable_softmax(z):
    m = np.max(z, axis=-1, keepdims=True)
    # log-sum-exp trick
    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return np.exp(z - lse)
