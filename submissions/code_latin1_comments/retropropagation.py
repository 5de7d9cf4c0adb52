# Réseau 2-2-2, rétropropagation (commentaires écrits sous Windows)
import numpy as np


def sigmoide(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # propagation avant
    h = sigmoide(W1 @ x + b1)
    o = sigmoide(W2 @ h + b2)
    # erreur à la sortie, puis couche cachée
    d2 = (o - t) * o * (1 - o)
    d1 = (W2.T @ d2) * h * (1 - h)
    return np.outer(d1, x), d1, np.outer(d2, h), d2
