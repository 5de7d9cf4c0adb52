# GNR638 A2, Q1(c)  --  Divya Menon (21D070038)
# backprop for the 2-2-2 sigmoid net + finite-difference check
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)

    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    dW1 = np.zeros((2, 2))
    dW2 = np.zeros((2, 2))
    db1 = np.zeros(2)
    db2 = np.zeros(2)

    # output layer, unit by unit (this is how we did it in class)
    delta_o = np.zeros(2)
    for i in range(2):
        delta_o[i] = (o[i] - t[i]) * o[i] * (1 - o[i])
        db2[i] = delta_o[i]
        for j in range(2):
            dW2[i, j] = delta_o[i] * h[j]

    # hidden layer
    for j in range(2):
        back = sum(W2[i, j] * delta_o[i] for i in range(2))
        delta_h = back * h[j] * (1 - h[j])
        db1[j] = delta_h
        for k in range(2):
            dW1[j, k] = delta_h * x[k]

    return dW1, db1, dW2, db2


def E(W1, b1, W2, b2, x, t):
    o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
    return 0.5 * np.sum((t - o) ** 2)


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    g = gradients(W1, b1, W2, b2, x, t)
    eps = 1e-6
    Wp = W1.copy(); Wp[0, 0] += eps
    Wm = W1.copy(); Wm[0, 0] -= eps
    print("dw11 analytic", g[0][0, 0], "numeric", (E(Wp, b1, W2, b2, x, t) - E(Wm, b1, W2, b2, x, t)) / (2 * eps))
    Vp = W2.copy(); Vp[0, 0] += eps
    Vm = W2.copy(); Vm[0, 0] -= eps
    print("dw21 analytic", g[2][0, 0], "numeric", (E(W1, b1, Vp, b2, x, t) - E(W1, b1, Vm, b2, x, t)) / (2 * eps))
