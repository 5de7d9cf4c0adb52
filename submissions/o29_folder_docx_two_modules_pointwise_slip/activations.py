import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime_from_output(a):
    """sigma'(z) written in terms of a = sigma(z)"""
    return a * (1.0 - a)
