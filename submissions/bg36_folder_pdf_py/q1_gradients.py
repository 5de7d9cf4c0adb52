"""
Q1(c) - backpropagation for a 2-2-2 logistic network.
Tejas Kulkarni, 21B090007

I used the numbers from Matt Mazur's "step by step backpropagation example" for my
report, because there the answer is known and I could check my code against it:
    W1 = [[.15, .20], [.25, .30]], b1 = .35 (both hidden units)
    W2 = [[.40, .45], [.50, .55]], b2 = .60 (both output units)
    x  = [.05, .10],  t = [.01, .99]
"""
import numpy as np


def logistic(a):
    return 1.0 / (1.0 + np.exp(-a))


def gradients(W1, b1, W2, b2, x, t):
    W1, b1, W2, b2, x, t = (np.asarray(v, dtype=float) for v in (W1, b1, W2, b2, x, t))
    h = logistic(W1 @ x + b1)
    o = logistic(W2 @ h + b2)
    delta2 = (o - t) * o * (1 - o)
    delta1 = (W2.T @ delta2) * h * (1 - h)
    return np.outer(delta1, x), delta1, np.outer(delta2, h), delta2


if __name__ == "__main__":
    W1 = np.array([[.15, .20], [.25, .30]]); b1 = np.array([.35, .35])
    W2 = np.array([[.40, .45], [.50, .55]]); b2 = np.array([.60, .60])
    x = np.array([.05, .10]); t = np.array([.01, .99])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    np.set_printoptions(precision=9)
    print("dW1 =\n", dW1)
    print("dW2 =\n", dW2)
    # Mazur: dE/dw5 = 0.082167041 (= my dW2[0,0]), dE/dw1 = 0.000438568 (= my dW1[0,0])
