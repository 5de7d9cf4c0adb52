# Q1(c) Yash Agarwal 21B080027
import numpy as np

def sigmoid(a):
    return 1/(1+np.exp(-a))

def backprop(x, t, W1, W2, b1, b2):
    """returns dict of gradients of E = 0.5*||t-o||^2"""
    z1 = W1 @ x + b1
    h = sigmoid(z1)
    z2 = W2 @ h + b2
    o = sigmoid(z2)
    e2 = (o - t) * o * (1 - o)
    e1 = (W2.T @ e2) * h * (1 - h)
    return {"W1": np.outer(e1, x), "b1": e1, "W2": np.outer(e2, h), "b2": e2}

def numeric(x, t, W1, W2, b1, b2, eps=1e-6):
    def E(W1, W2, b1, b2):
        o = sigmoid(W2 @ sigmoid(W1 @ x + b1) + b2)
        return 0.5*np.sum((t-o)**2)
    g = {}
    for name, P in [("W1", W1), ("W2", W2), ("b1", b1), ("b2", b2)]:
        G = np.zeros_like(P)
        for i in np.ndindex(P.shape):
            P[i] += eps; up = E(W1, W2, b1, b2)
            P[i] -= 2*eps; dn = E(W1, W2, b1, b2)
            P[i] += eps
            G[i] = (up - dn)/(2*eps)
        g[name] = G
    return g

x = np.array([1., 1.]); t = np.array([.5, .5])
W1 = np.ones((2, 2))*.5; W2 = np.ones((2, 2))*.5
b1 = np.array([1., 1.]); b2 = np.array([1., 1.])
bp = backprop(x, t, W1, W2, b1, b2)
nm = numeric(x, t, W1, W2, b1, b2)
for k in bp:
    print(k, bp[k].ravel(), nm[k].ravel())
