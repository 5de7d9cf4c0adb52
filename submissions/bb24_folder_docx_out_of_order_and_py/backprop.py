# backprop.py
# Ananya Das  (23B0931)
# GNR 638 assignment 2 -- question on backprop, part (c)

import numpy as np

sigmoid = lambda z: 1.0/(1.0+np.exp(-z))

def gradients(W1, b1, W2, b2, x, t):
    # forward
    h = sigmoid(np.matmul(W1, x) + b1)
    o = sigmoid(np.matmul(W2, h) + b2)
    # backward
    g_o = (o - t) * o * (1.0 - o)            # dE/d(net_o)
    g_h = np.matmul(W2.T, g_o) * h * (1.0 - h)  # dE/d(net_h)
    dW2 = g_o.reshape(-1, 1) * h.reshape(1, -1)
    dW1 = g_h.reshape(-1, 1) * x.reshape(1, -1)
    return dW1, g_h, dW2, g_o

def check():
    rng = np.random.default_rng(0)
    W1 = rng.normal(size=(2,2)); W2 = rng.normal(size=(2,2))
    b1 = rng.normal(size=2); b2 = rng.normal(size=2)
    x = rng.normal(size=2); t = rng.uniform(size=2)
    def E(W1_, b1_, W2_, b2_):
        h = sigmoid(W1_ @ x + b1_); o = sigmoid(W2_ @ h + b2_)
        return 0.5*np.sum((t-o)**2)
    eps = 1e-6
    dW1, db1, dW2, db2 = gradients(W1, b1, W2, b2, x, t)
    W1p = W1.copy(); W1p[0,0] += eps
    W1m = W1.copy(); W1m[0,0] -= eps
    print("dw11 analytic", dW1[0,0], "numeric", (E(W1p,b1,W2,b2)-E(W1m,b1,W2,b2))/(2*eps))

if __name__ == "__main__":
    W = np.full((2,2), .5); b = np.ones(2)
    out = gradients(W, b, W, b, np.ones(2), np.array([.5,.5]))
    print(out)
    check()
