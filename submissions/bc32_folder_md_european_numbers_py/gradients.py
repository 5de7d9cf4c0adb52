# Lukas Brenner, GNR638 A2, Aufgabe 1(c)
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    # Vorwaertsdurchlauf
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    # Rueckwaertsdurchlauf
    delta_o = (o - t) * o * (1.0 - o)
    delta_h = (W2.T @ delta_o) * h * (1.0 - h)
    dW2 = np.outer(delta_o, h)
    db2 = delta_o
    dW1 = np.outer(delta_h, x)
    db1 = delta_h
    return dW1, db1, dW2, db2
