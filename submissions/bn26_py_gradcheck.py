"""
GNR638 - Assignment 2
Yash Patil (22B1770)

Everything is in this script. Run:  python bn26_py_gradcheck.py
Answers (also printed at the end):

Q1 (a) dE/dw11 = 0.0044318
   (b) dE/dw21 = 0.0371787
   (c) gradients() below, checked against central finite differences on random networks.

Q2 (a) standard conv: the 5x5x3 kernel slides over the 12x12 image, 75 mults each,
       256 kernels: 12*12*75*256 = 2,764,800
   (b) depthwise separable: 12*12*25*3 + 12*12*3*256 = 10,800 + 110,592 = 121,392

Q3 Poisson: loss = sum_i (lambda_i - y_i*log(lambda_i)), lambda_i = model output (rate),
   i.e. the Poisson negative log likelihood without the constant log(y_i!).
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def loss(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    return 0.5 * np.sum((t - o) ** 2)


def gradients(W1, b1, W2, b2, x, t):
    h = sigmoid(W1 @ x + b1)
    o = sigmoid(W2 @ h + b2)
    d_out = (o - t) * o * (1 - o)
    d_hid = (W2.T @ d_out) * h * (1 - h)
    return np.outer(d_hid, x), d_hid, np.outer(d_out, h), d_out


def numerical_gradients(W1, b1, W2, b2, x, t, eps=1e-5):
    out = []
    for k in range(4):
        params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
        g = np.zeros_like(params[k])
        for idx in np.ndindex(g.shape):
            p_plus = [p.copy() for p in params]; p_plus[k][idx] += eps
            p_minus = [p.copy() for p in params]; p_minus[k][idx] -= eps
            g[idx] = (loss(*p_plus, x, t) - loss(*p_minus, x, t)) / (2 * eps)
        out.append(g)
    return out


def check(n_random=5, seed=0):
    rng = np.random.default_rng(seed)
    for trial in range(n_random):
        W1 = rng.normal(size=(2, 2)); W2 = rng.normal(size=(2, 2))
        b1 = rng.normal(size=2); b2 = rng.normal(size=2)
        x = rng.normal(size=2); t = rng.uniform(size=2)
        an = gradients(W1, b1, W2, b2, x, t)
        nu = numerical_gradients(W1, b1, W2, b2, x, t)
        err = max(np.max(np.abs(a - n)) for a, n in zip(an, nu))
        print(f"random net {trial}: max abs diff = {err:.2e}")


if __name__ == "__main__":
    W1 = np.full((2, 2), 0.5); W2 = np.full((2, 2), 0.5)
    b1 = np.ones(2); b2 = np.ones(2)
    x = np.array([1.0, 1.0]); t = np.array([0.5, 0.5])
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    print("Q1(a) dE/dw11 =", dW1[0, 0])
    print("Q1(b) dE/dw21 =", dW2[0, 0])
    check()
    print("Q2(a) =", 12 * 12 * 75 * 256)
    print("Q2(b) =", 12 * 12 * 25 * 3 + 12 * 12 * 3 * 256)
