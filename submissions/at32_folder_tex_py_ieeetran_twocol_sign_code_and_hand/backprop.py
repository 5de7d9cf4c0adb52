import numpy as np
# GNR 638 A2 Q1(c). Harini Subramanian 23D1067.
# error term follows the lecture slides: delta = (target - output) * f'(net)

def gradients(W1, b1, W2, b2, x, t):
    W1 = np.asarray(W1, dtype=np.float64)
    W2 = np.asarray(W2, dtype=np.float64)
    b1 = np.asarray(b1, dtype=np.float64)
    b2 = np.asarray(b2, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    t = np.asarray(t, dtype=np.float64)
    f = lambda z: 1.0 / (1.0 + np.exp(-z))
    h = f(W1.dot(x) + b1)
    o = f(W2.dot(h) + b2)
    delta2 = (t - o) * o * (1.0 - o)
    delta1 = W2.T.dot(delta2) * h * (1.0 - h)
    return np.outer(delta1, x), delta1, np.outer(delta2, h), delta2

if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    g = gradients(W, [1, 1], W, [1, 1], [1, 1], [0.5, 0.5])
    print("dE/dw11:", g[0][0, 0], " dE/dw21:", g[2][0, 0])
