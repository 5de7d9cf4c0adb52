# GNR 638 A2 Q1(c)
# Written out unit by unit, same names as in the question:
#   W1 = [[w11, w13], [w12, w14]]   W2 = [[w21, w23], [w22, w24]]
import math
import numpy as np


def s(v):
    return 1.0 / (1.0 + math.exp(-v))


def gradients(W1, b1, W2, b2, x, t):
    w11, w13 = W1[0, 0], W1[0, 1]
    w12, w14 = W1[1, 0], W1[1, 1]
    w21, w23 = W2[0, 0], W2[0, 1]
    w22, w24 = W2[1, 0], W2[1, 1]
    x1, x2 = x[0], x[1]
    t1, t2 = t[0], t[1]

    h1 = s(w11 * x1 + w13 * x2 + b1[0])
    h2 = s(w12 * x1 + w14 * x2 + b1[1])
    o1 = s(w21 * h1 + w23 * h2 + b2[0])
    o2 = s(w22 * h1 + w24 * h2 + b2[1])

    do1 = (o1 - t1) * o1 * (1 - o1)
    do2 = (o2 - t2) * o2 * (1 - o2)
    dh1 = (w21 * do1 + w22 * do2) * h1 * (1 - h1)
    dh2 = (w23 * do1 + w24 * do2) * h2 * (1 - h2)

    dW2 = np.array([[do1 * h1, do1 * h2],
                    [do2 * h1, do2 * h2]])
    db2 = np.array([do1, do2])
    dW1 = np.array([[dh1 * x1, dh1 * x2],
                    [dh2 * x1, dh2 * x2]])
    db1 = np.array([dh1, dh2])
    return dW1, db1, dW2, db2


def E(W1, b1, W2, b2, x, t):
    h = 1 / (1 + np.exp(-(W1 @ x + b1)))
    o = 1 / (1 + np.exp(-(W2 @ h + b2)))
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.ones(2); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    eps = 1e-5
    Wp = W1.copy(); Wp[0, 0] += eps
    Wm = W1.copy(); Wm[0, 0] -= eps
    num11 = (E(Wp, b1, W2, b2, x, t) - E(Wm, b1, W2, b2, x, t)) / (2 * eps)
    Vp = W2.copy(); Vp[0, 0] += eps
    Vm = W2.copy(); Vm[0, 0] -= eps
    num21 = (E(W1, b1, Vp, b2, x, t) - E(W1, b1, Vm, b2, x, t)) / (2 * eps)
    print(f"dE/dw11 backprop = {dW1[0,0]:.7f}   numerical = {num11:.7f}")
    print(f"dE/dw21 backprop = {dW2[0,0]:.7f}   numerical = {num21:.7f}")
