# grad.py  -- GNR 638 Assignment 2, Question 1(c)
import numpy as np

sigmoid = lambda z: 1.0 / (1.0 + np.exp(-z))


def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=float); W2 = np.asarray(W2, dtype=float)
    b1 = np.asarray(b1, dtype=float); b2 = np.asarray(b2, dtype=float)
    x = np.asarray(x, dtype=float); t = np.asarray(t, dtype=float)

    # ---- forward ----
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)

    # ---- backward ----
    dE_dnet2 = (o - t) * o * (1 - o)
    dE_dh = W2.T @ dE_dnet2
    dE_dnet1 = dE_dh * h * (1 - h)

    dW2 = dE_dnet2[:, None] * h[None, :]
    db2 = dE_dnet2
    dW1 = dE_dnet1[:, None] * x[None, :]
    db1 = dE_dnet1
    return dW1, db1, dW2, db2


def check(W1, b1, W2, b2, x, t, eps=1e-6):
    """compare with finite differences, returns max abs error"""
    def E(W1, b1, W2, b2):
        o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
        return 0.5 * np.sum((t - o) ** 2)
    ana = gradients(W1, b1, W2, b2, x, t)
    P = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    worst = 0.0
    for k in range(4):
        for idx in np.ndindex(P[k].shape):
            Pp = [p.copy() for p in P]; Pm = [p.copy() for p in P]
            Pp[k][idx] += eps; Pm[k][idx] -= eps
            num = (E(*Pp) - E(*Pm)) / (2 * eps)
            worst = max(worst, abs(num - ana[k][idx]))
    return worst


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("dE/dw11 = %.7f" % dW1[0, 0])
    print("dE/dw21 = %.7f" % dW2[0, 0])
    print("max |analytic - numeric| =", check(W1, b1, W2, b2, x, t))
    rng = np.random.default_rng(0)
    for _ in range(3):
        R = [rng.normal(size=s) for s in [(2, 2), (2,), (2, 2), (2,)]]
        print("random net check:", check(*R, rng.normal(size=2), rng.random(2)))
