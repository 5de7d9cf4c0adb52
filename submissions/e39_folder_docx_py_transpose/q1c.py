# GNR638 A2 Q1(c)  -- Arjun
import numpy as np

def _s(v):
    return 1/(1+np.exp(-v))

def gradients(W1, b1, W2, b2, x, t):
    """returns dW1, db1, dW2, db2"""
    h = _s(np.dot(W1, x) + b1)
    o = _s(np.dot(W2, h) + b2)
    g_o = (o - t) * o * (1.0 - o)
    g_h = np.dot(W2.T, g_o) * h * (1.0 - h)
    dW2 = np.outer(h, g_o)      # (2,2)
    dW1 = np.outer(x, g_h)      # (2,2)
    return dW1, g_h, dW2, g_o

if __name__ == "__main__":
    W = np.full((2, 2), 0.5)
    print(gradients(W, np.ones(2), W, np.ones(2), np.ones(2), np.full(2, 0.5)))
