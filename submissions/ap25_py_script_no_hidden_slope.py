#!/usr/bin/env python3
"""
GNR638 A2 -- Rohan Malhotra (22B1043)

Answers (also printed by running the script):

  Q1 (a) dE/dw11 = 0.0422
  Q1 (b) dE/dw21 = 0.0372
  Q1 (c) the function `gradients` below

  Q2 (a) 8*8*256*75       = 1228800
  Q2 (b) 8*8*3*25 + 8*8*3*256 = 4800 + 49152 = 53952

  Q3  Poisson negative log likelihood, averaged over the batch:
         L = (1/N) * sum_i [ yhat_i - y_i * log(yhat_i) ]
"""
import numpy as np

sigmoid = lambda a: 1 / (1 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    err = o - t
    delta2 = err * o * (1 - o)
    # error sent back to the hidden layer
    delta1 = W2.T @ delta2
    return np.outer(delta1, x), delta1, np.outer(delta2, h), delta2


if __name__ == "__main__":
    W1 = np.array([[0.5, 0.5], [0.5, 0.5]])
    W2 = np.array([[0.5, 0.5], [0.5, 0.5]])
    b1 = np.array([1.0, 1.0])
    b2 = np.array([1.0, 1.0])
    x = np.array([1.0, 1.0])
    t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print(f"dE/dw11 = {dW1[0, 0]:.4f}")
    print(f"dE/dw21 = {dW2[0, 0]:.4f}")
    print("std conv:", 8 * 8 * 256 * 5 * 5 * 3)
    print("dw-sep conv:", 8 * 8 * 3 * 5 * 5 + 8 * 8 * 3 * 256)
