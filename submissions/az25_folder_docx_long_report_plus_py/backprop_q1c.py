#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
backprop_q1c.py  --  GNR 638, Assignment 2, Question 1(c)
Author: Sneha Iyer (213050021)

Two-layer (2-2-2) sigmoid network, squared error loss.
gradients(W1, b1, W2, b2, x, t) -> (dW1, db1, dW2, db2)
"""
import numpy as np


class Sigmoid:
    @staticmethod
    def f(z):
        return 1.0 / (1.0 + np.exp(-z))

    @staticmethod
    def df_from_output(a):
        # derivative written in terms of the activation a = f(z)
        return a * (1.0 - a)


def forward(W1, b1, W2, b2, x):
    a1 = Sigmoid.f(W1.dot(x) + b1)
    a2 = Sigmoid.f(W2.dot(a1) + b2)
    return a1, a2


def loss(o, t):
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, float); W2 = np.asarray(W2, float)
    b1 = np.asarray(b1, float); b2 = np.asarray(b2, float)
    x = np.asarray(x, float); t = np.asarray(t, float)
    a1, a2 = forward(W1, b1, W2, b2, x)
    e2 = (a2 - t) * Sigmoid.df_from_output(a2)
    e1 = W2.T.dot(e2) * Sigmoid.df_from_output(a1)
    dW2 = e2[:, None] * a1[None, :]
    dW1 = e1[:, None] * x[None, :]
    return dW1, e1.copy(), dW2, e2.copy()


def numerical_check(W1, b1, W2, b2, x, t, eps=1e-6):
    """central differences on every parameter, returns max abs diff"""
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    analytic = gradients(*params, x, t)
    worst = 0.0
    for p_idx, p in enumerate(params):
        it = np.nditer(p, flags=["multi_index"])
        for _ in it:
            idx = it.multi_index
            plus = [q.copy() for q in params]
            minus = [q.copy() for q in params]
            plus[p_idx][idx] += eps
            minus[p_idx][idx] -= eps
            num = (loss(forward(*plus, x)[1], t) - loss(forward(*minus, x)[1], t)) / (2 * eps)
            worst = max(worst, abs(num - analytic[p_idx][idx]))
    return worst


if __name__ == "__main__":
    W1 = 0.5 * np.ones((2, 2)); W2 = 0.5 * np.ones((2, 2))
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = 0.5 * np.ones(2)
    g = gradients(W1, b1, W2, b2, x, t)
    for name, val in zip(["dW1", "db1", "dW2", "db2"], g):
        print(name, "=", np.round(val, 7).tolist())
    print("max |analytic - numeric| =", numerical_check(W1, b1, W2, b2, x, t))
